import { afterAll, describe, expect, it } from 'vitest';
import { useServedSite } from '../support/served-site.ts';
import { searchQueries } from '../search/queries.ts';
import { searchQuery } from '../../src/lib/search-words.ts';
import { searchRanking } from '../../src/lib/search-fields.ts';
import { locales, localeCodes } from '../../src/locales.ts';

/**
 * Search quality, measured on the built index the way a reader searches: each query goes through
 * the search dialog's own term processing (src/lib/search-words.ts) and ranking weights, then
 * Pagefind, in the page's language. The pages a query expects must be in the first three results.
 * The rates per language are printed at the end (the goal is 100% in the top three).
 */
describe('search quality, in every language', () => {
  const served = useServedSite();
  const rates: string[] = [];

  for (const locale of localeCodes) {
    const queries = searchQueries[locale];
    it(`finds what a reader looks for in ${locale} (${queries.length} queries)`, async () => {
      expect(queries.length, 'at least 12 queries per language').toBeGreaterThanOrEqual(12);
      const page = await served.browser.newPage();
      try {
        await page.goto(`${served.origin}/${locale}/`);
        const terms = queries.map(({ query }) => searchQuery(query, locales[locale].lang));
        // Written as a string: vitest would otherwise rewrite `import()` for Node.
        const results = (await page.evaluate(`(async () => {
          const pagefind = await import('/pagefind/pagefind.js');
          await pagefind.options({ ranking: ${JSON.stringify(searchRanking)} });
          const out = [];
          for (const term of ${JSON.stringify(terms)}) {
            const search = await pagefind.search(term);
            const data = await Promise.all(search.results.slice(0, 3).map((r) => r.data()));
            out.push(data.map((d) => d.url));
          }
          return out;
        })()`)) as string[][];
        const misses: string[] = [];
        let top1 = 0;
        let top3 = 0;
        queries.forEach(({ query, expect: expected }, index) => {
          const urls = results[index] ?? [];
          const wanted = expected.slice(0, 3).map((path) => `/${locale}/${path}/`);
          if (wanted.includes(urls[0] ?? '')) top1 += 1;
          if (wanted.every((url) => urls.includes(url))) top3 += 1;
          else misses.push(`"${query}" (searched as "${terms[index]}") expected ${wanted.join(' and ')} in the top 3, got: ${urls.join(', ') || 'no results'}`);
        });
        const percent = (n: number) => `${Math.round((100 * n) / queries.length)}%`;
        rates.push(`${locale}: ${queries.length} queries, top-1 ${percent(top1)}, top-3 ${percent(top3)}`);
        expect(misses, misses.join('\n')).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }

  afterAll(() => {
    console.info(`Search quality\n${rates.join('\n')}`);
  });
});
