import { describe, expect, it } from 'vitest';
import { useServedSite } from '../support/served-site.ts';
import { axeViolations } from '../support/axe.ts';
import { pageKinds } from '../support/page-kinds.ts';

describe('accessibility (axe-core, WCAG 2.2 A and AA)', () => {
  const served = useServedSite();

  for (const scheme of ['light', 'dark'] as const) {
    it(`finds no violation on the language chooser and the 404 page (${scheme})`, async () => {
      const context = await served.browser.newContext({ colorScheme: scheme, bypassCSP: true });
      const page = await context.newPage();
      for (const path of ['/', '/this-page-does-not-exist/']) {
        await page.goto(`${served.origin}${path}`);
        expect(await axeViolations(page), `${path} ${scheme}`).toEqual([]);
      }
      await context.close();
    });

    for (const locale of ['en', 'ar', 'zh']) {
      it(`finds no violation on any page kind in ${locale} (${scheme})`, async () => {
        const context = await served.browser.newContext({ colorScheme: scheme, bypassCSP: true });
        const page = await context.newPage();
        const found: Record<string, unknown> = {};
        for (const [kind, path] of Object.entries(pageKinds(locale))) {
          await page.goto(`${served.origin}${path}`);
          const violations = await axeViolations(page);
          if (violations.length > 0) found[kind] = violations;
        }
        // Search results, in the open search dialog.
        await page.goto(`${served.origin}/${locale}/`);
        await page.keyboard.press('Control+k');
        await page.locator('#starlight__search .pagefind-ui__search-input').fill(locale === 'zh' ? '意大利' : locale === 'ar' ? 'إيطاليا' : 'Italy');
        await page.locator('.pagefind-ui__result').first().waitFor();
        const searchViolations = await axeViolations(page);
        if (searchViolations.length > 0) found['search results'] = searchViolations;
        await context.close();
        expect(found).toEqual({});
      });
    }
  }
});

describe('accessibility on a 360 px phone (axe-core, WCAG 2.2 A and AA)', () => {
  const served = useServedSite();

  for (const locale of ['en', 'ar']) {
    it(`finds no violation in the cards, the fact sheet's situations and the search filters in ${locale}`, async () => {
      const context = await served.browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, bypassCSP: true });
      const page = await context.newPage();
      const found: Record<string, unknown> = {};
      for (const path of [`/${locale}/countries/it/`, `/${locale}/compare/status/asylum-seeker/`, `/${locale}/compare/countries/de-es-it/`, `/${locale}/standards/`]) {
        await page.goto(`${served.origin}${path}`);
        // A situation opened, as a reader would.
        if (path.endsWith('/countries/it/')) await page.locator('details.status-details summary').first().click();
        const violations = await axeViolations(page);
        if (violations.length > 0) found[path] = violations;
      }
      await page.goto(`${served.origin}/${locale}/`);
      await page.locator('button[data-open-modal]').click();
      await page.locator('#starlight__search .pagefind-ui__search-input').fill(locale === 'ar' ? 'إيطاليا' : 'Italy');
      await page.locator('.pagefind-ui__result').first().waitFor();
      await page.locator('details.search-filters summary').click();
      const searchViolations = await axeViolations(page);
      if (searchViolations.length > 0) found['search filters'] = searchViolations;
      await context.close();
      expect(found).toEqual({});
    });
  }
});

describe('checklists', () => {
  it('have no unlabelled form fields', async () => {
    const { readPage } = await import('../support/dist.ts');
    for (const locale of ['en', 'ar']) {
      const html = await readPage(`${locale}/toolkits/intake-checklist/index.html`);
      expect(html).toContain('class="task-box"');
      expect(html).not.toMatch(/<input type="checkbox"/);
    }
  });
});
