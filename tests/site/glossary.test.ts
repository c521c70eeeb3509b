import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { select, selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { readPage } from '../support/dist.ts';
import { useServedSite } from '../support/served-site.ts';
import { localeCodes, locales } from '../../src/locales.ts';

const root = join(import.meta.dirname, '..', '..');
const glossary = parseYaml(readFileSync(join(root, 'content', 'glossary', 'terms.yaml'), 'utf8')) as { terms: { id: string; term: string; source: { url?: string } }[] };
const ids = glossary.terms.map((term) => term.id);

describe('the glossary', () => {
  it('has at least 20 terms, each at its anchor, defined in the reader’s language, with its source', async () => {
    expect(ids.length).toBeGreaterThanOrEqual(20);
    for (const locale of localeCodes) {
      const tree = fromHtml(await readPage(`${locale}/glossary/index.html`));
      const html = select('html', tree)!;
      expect([html.properties['lang'], html.properties['dir']]).toEqual([locales[locale].lang, locales[locale].dir]);
      const terms = selectAll('dl.glossary dt', tree);
      expect(terms.map((dt) => String(dt.properties['id'])).sort()).toEqual(ids.map((id) => `term-${id}`).sort());
      for (const dt of terms) {
        // Translated: no entry of a translated glossary falls back to English.
        if (locale !== 'en') expect(dt.properties['lang'], `${locale} ${String(dt.properties['id'])}`).toBeUndefined();
      }
      expect(selectAll('dl.glossary dd p.source', tree)).toHaveLength(ids.length);
      for (const term of glossary.terms) {
        if (term.source.url) expect(select(`a[href="${term.source.url}"]`, tree), `${locale} ${term.id} source`).toBeTruthy();
      }
      // "See also" links stay on the page.
      for (const link of selectAll('.related a', tree)) expect(ids).toContain(String(link.properties['href']).replace('#term-', ''));
    }
  });

  it('is linked from pages with <Term>, to an entry that exists in the same language', async () => {
    for (const locale of localeCodes) {
      const page = fromHtml(await readPage(`${locale}/guides/health-care-asylum-seekers/index.html`));
      const links = selectAll('main a.term', page);
      expect(links.map((link) => String(link.properties['href']))).toEqual([`/${locale}/glossary/#term-asylum-seeker`, `/${locale}/glossary/#term-reception-conditions`]);
      expect(links.every((link) => toString(link).trim().length > 0)).toBe(true);
    }
  });

  describe('in a browser, without JavaScript', () => {
    const served = useServedSite();
    it('follows a <Term> link to its entry in Arabic', async () => {
      const context = await served.browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
      const page = await context.newPage();
      await page.goto(`${served.origin}/ar/guides/health-care-asylum-seekers/`);
      await page.locator('main a.term').first().click();
      await page.waitForURL(/\/ar\/glossary\/#term-asylum-seeker$/);
      const entry = page.locator('#term-asylum-seeker');
      await expect.poll(() => entry.isVisible()).toBe(true);
      expect(await entry.innerText()).toBe('طالب لجوء');
      const box = await entry.boundingBox();
      expect(box!.y).toBeLessThan(740);
      await context.close();
    });
  });
});
