import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useServedSite } from '../support/served-site.ts';
import { pageKinds } from '../support/page-kinds.ts';
import { cellAnchor } from '../../src/lib/access-matrix.ts';
import { branches, statuses } from '../../src/schemas/vocab.ts';
import { quickExitUrl } from '../../src/lib/quick-exit.ts';
import { locales } from '../../src/locales.ts';

const strings = (lang: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'content', 'i18n', `${lang}.json`), 'utf8')) as Record<string, string>;

describe('with JavaScript off', () => {
  const served = useServedSite();

  for (const locale of ['en', 'ar', 'zh']) {
    it(`shows every page kind in full, with working navigation (${locale})`, async () => {
      const context = await served.browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      for (const [kind, path] of Object.entries(pageKinds(locale))) {
        const response = await page.goto(`${served.origin}${path}`);
        expect(response?.status(), kind).toBe(200);
        expect(await page.locator('main h1').first().isVisible(), `${kind}: title`).toBe(true);
        expect((await page.locator('main').innerText()).length, `${kind}: text`).toBeGreaterThan(200);
        expect(await page.locator('.site-nav a').count(), `${kind}: navigation`).toBeGreaterThan(5);
      }
      await context.close();
    });
  }

  it('follows the reader’s light or dark preference', async () => {
    const background = async (colorScheme: 'light' | 'dark', javaScriptEnabled: boolean) => {
      const context = await served.browser.newContext({ javaScriptEnabled, colorScheme });
      const page = await context.newPage();
      await page.goto(`${served.origin}/ar/guides/`);
      const colour = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      await context.close();
      // Lightness from rgb(): above 50% is a light page.
      const [r, g, b] = (colour.match(/\d+/g) ?? []).map(Number);
      return (Math.max(r!, g!, b!) + Math.min(r!, g!, b!)) / 510 > 0.5 ? 'light' : 'dark';
    };
    expect(await background('light', false)).toBe('light');
    expect(await background('dark', false)).toBe('dark');
    // With JavaScript, the theme script (src/scripts/inline/theme.js) decides, from the same preference.
    expect(await background('light', true)).toBe('light');
    expect(await background('dark', true)).toBe('dark');
  });

  it('shows the complete access matrix of a fact sheet', async () => {
    const context = await served.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${served.origin}/ar/countries/it/`);
    expect(await page.locator('.access-summary tbody tr').count()).toBe(branches.length);
    expect(await page.locator('.access-summary tbody td .level').count()).toBe(branches.length * statuses.length);
    for (const status of statuses) for (const branch of branches) expect(await page.locator(`#${cellAnchor(status, branch)}`).count()).toBe(1);
    await context.close();
  });

  it('switches language with plain links', async () => {
    const context = await served.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${served.origin}/en/countries/it/`);
    // The header has the switch twice, for wide screens and for phones; one shows at a time.
    await page.locator('header .language-select summary >> visible=true').click();
    await page.locator(`header .language-select a[lang="${locales.ar.lang}"] >> visible=true`).click();
    await page.waitForURL(`${served.origin}/ar/countries/it/`);
    expect(await page.getAttribute('html', 'lang')).toBe('ar');
    await context.close();
  });

  it('opens the navigation menu on a phone', async () => {
    const context = await served.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${served.origin}/fr/guides/health-care-asylum-seekers/`);
    const nav = page.locator('.site-nav a').first();
    expect(await nav.isVisible()).toBe(false);
    await page.locator('button.sl-menu-button').click();
    expect(await nav.isVisible()).toBe(true);
    await page.locator('.site-nav a', { hasText: strings('fr')['nav.countries']! }).click();
    await page.waitForURL(`${served.origin}/fr/countries/`);
    await context.close();
  });

  it('keeps the quick exit as a plain link that sends no referrer', async () => {
    const context = await served.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${served.origin}/ru/`);
    const exit = page.locator('[data-quick-exit]');
    expect(await exit.getAttribute('href')).toBe(quickExitUrl);
    expect(await exit.getAttribute('rel')).toContain('noreferrer');
    expect((await exit.innerText()).trim()).toBe(strings('ru')['quickExit.label']);
    await context.close();
  });
});

describe('quick exit', () => {
  const served = useServedSite();

  /** The neutral site is answered here: tests never contact another host. */
  async function exitContext() {
    const context = await served.browser.newContext();
    await context.route(`${new URL(quickExitUrl).origin}/**`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title>' }));
    return context;
  }

  for (const [locale, { lang }] of Object.entries(locales)) {
    it(`is visible, in ${locale}, and leaves without keeping the page in the back history`, async () => {
      const context = await exitContext();
      const page = await context.newPage();
      await page.goto(`${served.origin}/${locale}/guides/health-care-asylum-seekers/`);
      const exit = page.locator('[data-quick-exit]');
      expect(await exit.isVisible()).toBe(true);
      expect((await exit.innerText()).trim()).toBe(strings(lang)['quickExit.label']);
      await exit.click();
      await page.waitForURL(quickExitUrl);
      const referer = await page.evaluate('document.referrer');
      expect(referer).toBe('');
      await page.goBack().catch(() => undefined);
      expect(page.url().startsWith(served.origin), 'Back does not return to the Atlas').toBe(false);
      await context.close();
    });
  }

  it('leaves when Escape is pressed three times', async () => {
    const context = await exitContext();
    const page = await context.newPage();
    await page.goto(`${served.origin}/ar/countries/it/`);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    expect(page.url().startsWith(served.origin)).toBe(true);
    await page.keyboard.press('Escape');
    await page.waitForURL(quickExitUrl);
    await context.close();
  });
});
