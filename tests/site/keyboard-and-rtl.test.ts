import { describe, expect, it } from 'vitest';
import { useServedSite } from '../support/served-site.ts';
import { pageKinds } from '../support/page-kinds.ts';

describe('keyboard', () => {
  const served = useServedSite();

  it('reaches the skip link first, then the quick exit, and the skip link leads to the title', async () => {
    const page = await served.browser.newPage();
    await page.goto(`${served.origin}/en/guides/health-care-asylum-seekers/`);
    await page.keyboard.press('Tab');
    const skip = page.locator('.sl-skip-link');
    await expect.poll(() => skip.evaluate((el) => el === document.activeElement)).toBe(true);
    const box = await skip.boundingBox();
    expect(box!.width).toBeGreaterThan(20);
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).hash).toBe('#_top');
    await page.goto(`${served.origin}/en/guides/health-care-asylum-seekers/`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.dataset.quickExit !== undefined')).toBe(true);
    await page.close();
  });

  it('shows where the focus is, on every kind of control', async () => {
    const page = await served.browser.newPage();
    await page.goto(`${served.origin}/en/countries/it/`);
    const seen = new Set<string>();
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      const focus = (await page.evaluate(`(() => {
        const el = document.activeElement;
        const style = getComputedStyle(el);
        const visible = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none' || style.textDecorationLine.includes('underline');
        return { tag: el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ')[0] : ''), visible };
      })()`)) as { tag: string; visible: boolean };
      expect(focus.visible, `focus on ${focus.tag} is not visible`).toBe(true);
      seen.add(focus.tag);
    }
    expect(seen.size).toBeGreaterThan(3);
    await page.close();
  });

  it('opens search, finds results and closes it with the keys only', async () => {
    const page = await served.browser.newPage();
    await page.goto(`${served.origin}/fr/`);
    await page.keyboard.press('Control+k');
    const dialog = page.locator('site-search dialog');
    await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    const input = page.locator('#starlight__search .pagefind-ui__search-input');
    await input.waitFor();
    await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Italie');
    await page.locator('.pagefind-ui__result-link').first().waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.closest("#starlight__search") !== null')).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
    await page.close();
  });
});

describe('right to left', () => {
  const served = useServedSite();

  it('puts the navigation on the right in Arabic and Persian, on the left in English', async () => {
    const page = await served.browser.newPage({ viewport: { width: 1280, height: 900 } });
    for (const [locale, navOnRight] of [['ar', true], ['fa', true], ['en', false]] as const) {
      await page.goto(`${served.origin}/${locale}/guides/health-care-asylum-seekers/`);
      expect(await page.getAttribute('html', 'dir')).toBe(navOnRight ? 'rtl' : 'ltr');
      const nav = await page.locator('.site-nav').boundingBox();
      const title = await page.locator('main h1').boundingBox();
      const centre = (box: { x: number; width: number }) => box.x + box.width / 2;
      expect(centre(nav!) > centre(title!), locale).toBe(navOnRight);
    }
    await page.close();
  });

  it('mirrors the access matrix in Arabic', async () => {
    const page = await served.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${served.origin}/ar/countries/it/`);
    const xs = await page.locator('.access-summary thead th').evaluateAll((cells) => cells.map((c) => c.getBoundingClientRect().x));
    expect(xs[0]!).toBeGreaterThan(xs[xs.length - 1]!);
    await page.close();
  });

  it('keeps codes, legal citations, web addresses and phone numbers in their own direction', async () => {
    const page = await served.browser.newPage();
    await page.goto(`${served.origin}/ar/countries/it/`);
    const isolated = (await page.evaluate(`(() => {
      const bad = [];
      for (const el of document.querySelectorAll('a[href^="tel:"], .institutions a[rel="external"]')) if (el.getAttribute('dir') !== 'ltr') bad.push(el.outerHTML);
      for (const code of ['C097', 'C102', 'C189']) {
        const holders = [...document.querySelectorAll('bdi')].filter((b) => b.textContent.trim() === code);
        if (holders.length === 0) bad.push('no <bdi> around ' + code);
      }
      return bad;
    })()`)) as string[];
    expect(isolated).toEqual([]);
    await page.close();
  });

  for (const locale of ['ar', 'en', 'ru']) {
    it(`lets no text overflow its box on a 360 px wide screen (${locale})`, async () => {
      const page = await served.browser.newPage({ viewport: { width: 360, height: 740 } });
      const problems: string[] = [];
      for (const [kind, path] of Object.entries(pageKinds(locale))) {
        await page.goto(`${served.origin}${path}`);
        const found = (await page.evaluate(`(() => {
          const out = [];
          if (document.documentElement.scrollWidth > window.innerWidth + 1) out.push('page is ' + document.documentElement.scrollWidth + 'px wide');
          const scrollable = (el) => { for (let e = el; e; e = e.parentElement) { const o = getComputedStyle(e).overflowX; if (o === 'auto' || o === 'scroll') return true; } return false; };
          for (const el of document.querySelectorAll('main p, main li, main h1, main h2, main h3, main dd, main dt, main td, main th, main a')) {
            if (scrollable(el)) continue;
            if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).display !== 'inline') out.push(el.tagName + ': ' + el.textContent.trim().slice(0, 40));
          }
          return out;
        })()`)) as string[];
        problems.push(...found.map((f) => `${kind}: ${f}`));
      }
      expect(problems).toEqual([]);
      await page.close();
    });
  }
});
