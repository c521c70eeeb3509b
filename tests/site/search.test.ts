import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useServedSite } from '../support/served-site.ts';
import type { Locale } from '../../src/locales.ts';
import { searchRanking } from '../../src/lib/search-fields.ts';

/** Italy, in each language's own word: a reader searches for it as they write it. */
const italyIn: Record<Locale, string> = {
  en: 'Italy',
  fr: 'Italie',
  es: 'Italia',
  pt: 'Itália',
  ru: 'Италия',
  ar: 'إيطاليا',
  zh: '意大利',
  uk: 'Італія',
  fa: 'ایتالیا',
};

describe('search, in every language', () => {
  const served = useServedSite();

  for (const [locale, term] of Object.entries(italyIn)) {
    it(`finds the Italy fact sheet in ${locale} by searching "${term}"`, async () => {
      const page = await served.browser.newPage();
      try {
        await page.goto(`${served.origin}/${locale}/`);
        // Pagefind picks the index of the page's language, as the search dialog does.
        // Written as a string: vitest would otherwise rewrite `import()` for Node.
        const urls = (await page.evaluate(`(async () => {
          const pagefind = await import('/pagefind/pagefind.js');
          // Ranked as the search dialog ranks (src/lib/search-fields.ts).
          await pagefind.options({ ranking: ${JSON.stringify(searchRanking)} });
          const search = await pagefind.search(${JSON.stringify(term)});
          const data = await Promise.all(search.results.slice(0, 3).map((r) => r.data()));
          return data.map((d) => d.url);
        })()`)) as string[];
        expect(urls[0], `results: ${urls.join(', ')}`).toBe(`/${locale}/countries/it/`);
      } finally {
        await page.close();
      }
    });
  }
});

describe('search filters, in every language', () => {
  const served = useServedSite();

  for (const [locale, lang] of Object.entries({ en: 'en', fr: 'fr', es: 'es', pt: 'pt', ru: 'ru', ar: 'ar', zh: 'zh-CN' })) {
    it(`narrows ${locale} results by country, audience, status, branch and kind, named in ${locale}`, async () => {
      const strings = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'content', 'i18n', `${lang}.json`), 'utf8')) as Record<string, string>;
      const page = await served.browser.newPage();
      try {
        await page.goto(`${served.origin}/${locale}/`);
        const result = (await page.evaluate(`(async () => {
          const pagefind = await import('/pagefind/pagefind.js');
          const filters = await pagefind.filters();
          const italy = new Intl.DisplayNames([${JSON.stringify(lang)}], { type: 'region' }).of('IT');
          const all = await pagefind.search(null, { filters: { [${JSON.stringify(strings['page.kind'])}]: ${JSON.stringify(strings['kind.factsheet'])} } });
          const narrowed = await pagefind.search(null, { filters: { [${JSON.stringify(strings['page.country'])}]: italy } });
          const urls = await Promise.all(narrowed.results.map(async (r) => (await r.data()).url));
          return { keys: Object.keys(filters), factsheets: all.results.length, italyUrls: urls };
        })()`)) as { keys: string[]; factsheets: number; italyUrls: string[] };
        expect(result.keys).toEqual(expect.arrayContaining(['page.country', 'page.audience', 'page.statuses', 'page.branches', 'page.kind'].map((k) => strings[k])));
        expect(result.factsheets).toBeGreaterThanOrEqual(3);
        expect(result.italyUrls).toContain(`/${locale}/countries/it/`);
        expect(result.italyUrls.every((url) => !url.includes('/countries/de/') && !url.includes('/countries/es/'))).toBe(true);
      } finally {
        await page.close();
      }
    });
  }
});
