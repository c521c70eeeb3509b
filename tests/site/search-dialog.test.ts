import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useServedSite } from '../support/served-site.ts';
import { listingSections } from '../../src/lib/site-sections.ts';

const strings = (lang: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'content', 'i18n', `${lang}.json`), 'utf8')) as Record<string, string>;

type Box = { left: number; right: number; top: number; bottom: number };
const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

async function openSearch(page: Page, query: string): Promise<void> {
  await page.locator('button[data-open-modal]').click();
  await page.locator('.pagefind-ui__search-input').fill(query);
  await page.locator('.pagefind-ui__result').first().waitFor();
}

describe('the search dialog on an Arabic phone', () => {
  const served = useServedSite();

  it('keeps the search icon and the clear button off the Cancel button, and folds the filters into one disclosure', async () => {
    const context = await served.browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    try {
      const page = await context.newPage();
      await page.goto(`${served.origin}/ar/`);
      await openSearch(page, 'لجوء');
      const boxes = await page.evaluate(() => {
        const box = (element: Element | null): Box => {
          const r = element!.getBoundingClientRect();
          return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
        };
        const form = document.querySelector('.pagefind-ui__form')!;
        const icon = getComputedStyle(form, '::before');
        const formBox = box(form);
        const iconLeft = icon.left === 'auto' ? formBox.right - parseFloat(icon.right) - parseFloat(icon.width) : formBox.left + parseFloat(icon.left);
        const iconTop = formBox.top + parseFloat(icon.top);
        return {
          cancel: box(document.querySelector('button[data-close-modal]')),
          clear: box(document.querySelector('.pagefind-ui__search-clear')),
          input: box(document.querySelector('.pagefind-ui__search-input')),
          icon: { left: iconLeft, right: iconLeft + parseFloat(icon.width), top: iconTop, bottom: iconTop + parseFloat(icon.height) },
        } as Record<string, Box>;
      });
      expect(overlap(boxes['icon']!, boxes['cancel']!), JSON.stringify(boxes)).toBe(false);
      expect(overlap(boxes['clear']!, boxes['cancel']!), JSON.stringify(boxes)).toBe(false);
      // Right to left: the icon at the start of the field, on the right.
      expect(boxes['icon']!.left).toBeGreaterThan((boxes['input']!.left + boxes['input']!.right) / 2);

      // One "Filter" disclosure, closed, under the field; Pagefind's own menus are not shown.
      const disclosure = page.locator('.pagefind-ui__form > details.search-filters');
      await expect(disclosure.locator('summary').innerText()).resolves.toContain(strings('ar')['search.filter']);
      expect(await disclosure.getAttribute('open')).toBeNull();
      expect(await page.locator('.pagefind-ui__filter-panel').isVisible()).toBe(false);
      const firstResult = await page.locator('.pagefind-ui__result').first().boundingBox();
      expect(firstResult!.y, 'the first result is near the top of the screen').toBeLessThan(300);

      // Filtering by country leaves only that country's pages.
      await disclosure.locator('summary').click();
      const country = disclosure.locator(`select[data-filter="${strings('ar')['page.country']}"]`);
      expect(await country.evaluate((select) => select.closest('label')?.textContent)).toContain(strings('ar')['page.country']);
      const italy = new Intl.DisplayNames(['ar'], { type: 'region' }).of('IT')!;
      await country.selectOption({ label: italy });
      await page.waitForFunction(() => {
        const links = [...document.querySelectorAll('.pagefind-ui__result-link')];
        return links.length > 0 && links.every((a) => !a.getAttribute('href')?.includes('/countries/de/'));
      });
      const urls = await page.locator('.pagefind-ui__result-link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(urls.length).toBeGreaterThan(0);
      expect(urls.every((url) => !url?.includes('/countries/de/') && !url?.includes('/countries/es/')), urls.join(' ')).toBe(true);
      await expect(disclosure.locator('summary').innerText()).resolves.toContain('1');
    } finally {
      await context.close();
    }
  });

  it('shows result titles and excerpts without the index’s hidden word breaks', async () => {
    const page = await served.browser.newPage();
    try {
      await page.goto(`${served.origin}/fr/`);
      await openSearch(page, 'asile');
      const text = await page.locator('#starlight__search').innerText();
      expect(text).toContain('d’asile');
      expect(text).not.toMatch(/[dl]’ \S/);
    } finally {
      await page.close();
    }
  });
});

describe('search without JavaScript', () => {
  const served = useServedSite();

  it('becomes a link to every page of the language, by section', async () => {
    const context = await served.browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    try {
      const page = await context.newPage();
      await page.goto(`${served.origin}/ar/guides/`);
      expect(await page.locator('button[data-open-modal]').isVisible()).toBe(false);
      await page.locator('header a.search-link').click();
      await page.waitForURL(`${served.origin}/ar/all-pages/`);
      expect(await page.locator('h1').innerText()).toBe(strings('ar')['allPages.title']);
      for (const section of listingSections) {
        expect(await page.locator(`#all-${section.slug}`).innerText()).toBe(strings('ar')[section.label]);
        expect(await page.locator(`section[aria-labelledby="all-${section.slug}"] li a`).count()).toBeGreaterThan(0);
      }
      expect(await page.locator('a[href="/ar/countries/it/"]').count()).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });
});

describe('on a phone', () => {
  const served = useServedSite();

  it('switches language from the header, in one tap to open it', async () => {
    const context = await served.browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    try {
      const page = await context.newPage();
      await page.goto(`${served.origin}/en/countries/it/`);
      const summary = page.locator('header .phone-language summary');
      expect(await summary.isVisible()).toBe(true);
      await summary.click();
      await page.locator('header .phone-language a[hreflang="ar"]').click();
      await page.waitForURL(`${served.origin}/ar/countries/it/`);
    } finally {
      await context.close();
    }
  });

  it('opens a fact sheet with one card per situation, and a link to a situation opens its details', async () => {
    const context = await served.browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    try {
      const page = await context.newPage();
      await page.goto(`${served.origin}/zh/countries/it/`);
      expect(await page.locator('.in-short .situations > li').count()).toBe(6);
      expect(await page.locator('.summary-table').isVisible()).toBe(false);
      expect(await page.locator('details.status-details[open]').count()).toBe(0);
      const goTo = page.locator('.in-short a[href="#access-asylum-seeker"]').last();
      expect(await goTo.innerText()).toBe(strings('zh-CN')['factsheet.inShort.goTo']);
      await goTo.click();
      await page.waitForFunction(() => document.getElementById('access-asylum-seeker')?.closest('details')?.open === true);
      expect(await page.locator('#access-asylum-seeker').isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });
});
