import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { select, selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { readPage } from '../support/dist.ts';
import { useServedSite } from '../support/served-site.ts';
import { countryCodes } from '../support/content-pages.ts';
import { localeCodes, locales } from '../../src/locales.ts';
import { branches, statuses } from '../../src/schemas/vocab.ts';

const root = join(import.meta.dirname, '..', '..');
const strings = (lang: string) => JSON.parse(readFileSync(join(root, 'content', 'i18n', `${lang}.json`), 'utf8')) as Record<string, string>;
const countryFile = (code: string) =>
  parseYaml(readFileSync(join(root, 'content', 'countries', `${code}.yaml`), 'utf8')) as {
    access: Record<string, Record<string, { level: string; sources?: { url?: string }[] }>>;
    institutions?: { name: string }[];
  };

/** Share of a page's main text inside elements marked as English, as the facts issue measured it. */
function englishShare(main: ReturnType<typeof select>): number {
  if (!main) return 1;
  const total = toString(main).replace(/\s+/g, '').length;
  const english = selectAll('[lang^="en"]', main).reduce((sum, element) => sum + toString(element).replace(/\s+/g, '').length, 0);
  return total === 0 ? 1 : english / total;
}

describe('the rights navigator', () => {
  it('answers every situation in every country, in every language, from the country file', async () => {
    const problems: string[] = [];
    for (const locale of localeCodes) {
      for (const code of countryCodes()) {
        const data = countryFile(code);
        for (const status of statuses) {
          const path = `${locale}/rights/${code}/${status}/index.html`;
          const html = await readPage(path);
          const tree = fromHtml(html);
          const main = select('main', tree);
          const researched = branches.filter((branch) => (data.access[status]?.[branch]?.level ?? 'unknown') !== 'unknown');
          const shown = selectAll('section.branch', tree).map((section) => section.properties['dataBranch']);
          const open = selectAll('.not-researched li', tree).map((item) => item.properties['dataBranch']);
          if (JSON.stringify(shown) !== JSON.stringify(researched)) problems.push(`${path}: researched branches ${shown.join(',')} instead of ${researched.join(',')}`);
          if (shown.length + open.length !== branches.length) problems.push(`${path}: ${shown.length + open.length} branches listed, not ${branches.length}`);
          if (!html.includes(`href="/${locale}/compare/levels/`)) problems.push(`${path}: no link to the rubric`);
          for (const branch of researched) {
            for (const source of data.access[status]![branch]!.sources ?? []) {
              if (source.url && !html.includes(`href="${source.url.replace(/&/g, '&amp;')}"`)) problems.push(`${path}: source ${source.url} of ${branch} missing`);
            }
          }
          for (const institution of data.institutions ?? []) if (!toString(main!).includes(institution.name)) problems.push(`${path}: institution ${institution.name} missing`);
          if (!html.includes(`href="/${locale}/countries/${code}/"`)) problems.push(`${path}: no link to the fact sheet`);
          if (locale !== 'en' && englishShare(main) > 0.05) problems.push(`${path}: ${(100 * englishShare(main)).toFixed(1)}% of the text is English`);
        }
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });
});

describe('the rights navigator in a browser', () => {
  const served = useServedSite();

  it('takes an Arabic reader on a phone without JavaScript from the home page to her answer in three taps, or four from the menu', async () => {
    const context = await served.browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    try {
      const page = await context.newPage();
      const ar = strings('ar');
      await page.goto(`${served.origin}/ar/`);
      // From the home page: "Find your rights", her situation, her country.
      await page.locator('.hero a', { hasText: ar['rights.title']! }).click();
      await page.waitForURL(`${served.origin}/ar/rights/`);
      // From any other page: the menu, then "Your rights".
      await page.locator('button.sl-menu-button').click();
      await page.locator('.site-nav a', { hasText: ar['nav.rights']! }).click();
      await page.waitForURL(`${served.origin}/ar/rights/`);
      await page.locator('.choices a', { hasText: ar['rights.situation.asylum-seeker']! }).click();
      await page.waitForURL(`${served.origin}/ar/rights/asylum-seeker/`);
      const germany = new Intl.DisplayNames(['ar'], { type: 'region' }).of('DE')!;
      await page.locator('.choices a', { hasText: germany }).click();
      await page.waitForURL(`${served.origin}/ar/rights/de/asylum-seeker/`);
      expect(await page.getAttribute('html', 'dir')).toBe('rtl');
      expect(await page.locator('h1').innerText()).toContain(germany);
      expect(await page.locator('section.branch').count()).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });

  it('finds each answer in search by country and status', async () => {
    const page = await served.browser.newPage();
    try {
      for (const locale of ['en', 'ar', 'zh']) {
        const s = strings(locales[locale as keyof typeof locales].lang);
        await page.goto(`${served.origin}/${locale}/`);
        const germany = new Intl.DisplayNames([locales[locale as keyof typeof locales].lang], { type: 'region' }).of('DE');
        const urls = (await page.evaluate(`(async () => {
          const pagefind = await import('/pagefind/pagefind.js');
          const search = await pagefind.search(null, { filters: { ${JSON.stringify(s['page.country'])}: ${JSON.stringify(germany)}, ${JSON.stringify(s['page.statuses'])}: ${JSON.stringify(s['status.asylum-seeker'])} } });
          return Promise.all(search.results.map(async (r) => (await r.data()).url));
        })()`)) as string[];
        expect(urls, locale).toContain(`/${locale}/rights/de/asylum-seeker/`);
      }
    } finally {
      await page.close();
    }
  });
});
