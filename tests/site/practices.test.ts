import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { readPage } from '../support/dist.ts';
import { useServedSite } from '../support/served-site.ts';
import { localeCodes, locales } from '../../src/locales.ts';

const root = join(import.meta.dirname, '..', '..');
type PracticeFile = { themes: string[]; countries: string[]; actors: string[]; sources: { url?: string; citation?: string }[] };
const practices = new Map(
  readdirSync(join(root, 'content', 'practices'))
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => [file.slice(0, -5), parseYaml(readFileSync(join(root, 'content', 'practices', file), 'utf8')) as PracticeFile] as const),
);
const facets = { theme: 'themes', country: 'countries', actor: 'actors' } as const;
/** The practices a filtered list must show, from the files. */
const expected = (facet: keyof typeof facets, value: string) => [...practices].filter(([, data]) => data[facets[facet]].includes(value)).map(([id]) => id).sort();
const listed = (tree: ReturnType<typeof fromHtml>) => selectAll('.practice-list > li', tree).map((li) => String(li.properties['id']).replace('practice-', '')).sort();

describe('the good-practice database', () => {
  it('holds at least 8 practices, each with a public source', () => {
    expect(practices.size).toBeGreaterThanOrEqual(8);
    for (const [id, data] of practices) expect(data.sources.length, id).toBeGreaterThan(0);
  });

  it('lists every practice, and filters by theme, country and actor with links, in every language', async () => {
    for (const locale of localeCodes) {
      const index = fromHtml(await readPage(`${locale}/practices/index.html`));
      expect(listed(index)).toEqual([...practices.keys()].sort());
      for (const facet of Object.keys(facets) as (keyof typeof facets)[]) {
        const values = new Set([...practices.values()].flatMap((data) => data[facets[facet]]));
        for (const value of values) {
          const page = fromHtml(await readPage(`${locale}/practices/${facet}/${value}/index.html`));
          expect(listed(page), `${locale} ${facet}=${value}`).toEqual(expected(facet, value));
          // The filter in use is marked, and open, without any script.
          expect(select(`.practice-filters a[aria-current="page"][href="/${locale}/practices/${facet}/${value}/"]`, page)).toBeTruthy();
          expect(select(`.practice-filters details[open] a[aria-current="page"]`, page)).toBeTruthy();
        }
      }
    }
  });

  it('gives each practice a page in every language, in the reader’s language, with its sources and search filters', async () => {
    for (const locale of localeCodes) {
      for (const [id, data] of practices) {
        const tree = fromHtml(await readPage(`${locale}/practices/${id}/index.html`));
        expect(select('html', tree)!.properties['dir']).toBe(locales[locale].dir);
        const main = select('main', tree)!;
        for (const source of data.sources) {
          if (source.url) expect(select(`a[href="${source.url}"]`, main), `${locale} ${id} ${source.url}`).toBeTruthy();
        }
        const filters = selectAll('[data-pagefind-filter]', main).map((span) => String(span.properties['dataPagefindFilter']));
        expect(new Set(filters).size, `${locale} ${id} filters`).toBe(3);
        // Translated: the title, summary and result are not shown in English.
        if (locale !== 'en') expect(selectAll('h1[lang="en"], main p[lang="en"]', tree), `${locale} ${id}`).toEqual([]);
      }
    }
  });

  describe('in a browser', () => {
    const served = useServedSite();
    it('filters by country on an Arabic phone without JavaScript', async () => {
      const context = await served.browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
      const page = await context.newPage();
      await page.goto(`${served.origin}/ar/practices/`);
      await page.locator('.practice-filters summary', { hasText: 'حسب البلد' }).click();
      await page.locator('.practice-filters a[href="/ar/practices/country/es/"]').click();
      await page.waitForURL(/\/ar\/practices\/country\/es\/$/);
      expect((await page.locator('.practice-list > li').count())).toBe(expected('country', 'es').length);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await context.close();
    });
  });
});
