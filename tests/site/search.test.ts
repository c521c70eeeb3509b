import { describe, expect, it } from 'vitest';
import { useServedSite } from '../support/served-site.ts';
import type { Locale } from '../../src/locales.ts';

/** Italy, in each language's own word: a reader searches for it as they write it. */
const italyIn: Record<Locale, string> = {
  en: 'Italy',
  fr: 'Italie',
  es: 'Italia',
  pt: 'Itália',
  ru: 'Италия',
  ar: 'إيطاليا',
  zh: '意大利',
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
