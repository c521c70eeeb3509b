import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir, readPage } from '../support/dist.ts';
import { countryCodes } from '../support/content-pages.ts';
import { useServedSite } from '../support/served-site.ts';
import { branches, statuses } from '../../src/schemas/vocab.ts';
import { cellAnchor } from '../../src/lib/access-matrix.ts';
import { accessMatrixColumnNames } from '../../src/schemas/open-data.ts';
import { localeCodes } from '../../src/locales.ts';

const projectRoot = join(import.meta.dirname, '..', '..');
const uiStrings = async (lang: string): Promise<Record<string, string>> => JSON.parse(await readFile(join(projectRoot, 'content', 'i18n', `${lang}.json`), 'utf8'));
const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));

describe('country fact sheets', () => {
  it('show the whole access matrix, every cell with an anchor, in every language', async () => {
    for (const code of countryCodes()) {
      for (const locale of ['en', 'ar', 'zh']) {
        const html = await readPage(`${locale}/countries/${code}/index.html`);
        const anchors = ids(html);
        const missing = statuses.flatMap((s) => branches.map((b) => cellAnchor(s, b))).filter((id) => !anchors.has(id));
        expect(missing, `${locale}/${code}`).toEqual([]);
        expect(html.match(/class="level[^"]*" data-level="/g)?.length ?? 0, `${locale}/${code} levels`).toBeGreaterThanOrEqual(60);
      }
    }
  });

  it('never shows an unresearched cell as "no access"', async () => {
    const en = await uiStrings('en');
    const html = await readPage('en/countries/it/index.html');
    expect(html).toContain(en['level.unknown']);
    const unknownCells = [...html.matchAll(/data-level="unknown"[^>]*>[\s\S]*?<\/(a|span)>\s*<\/(a|span)>/g)].map((m) => m[0]);
    expect(unknownCells.length).toBeGreaterThan(0);
    for (const cell of unknownCells) expect(cell).not.toContain(en['level.none']);
  });

  it('isolate phone numbers, legal citations and codes from the text direction in Arabic', async () => {
    const html = await readPage('ar/countries/it/index.html');
    expect(html).toMatch(/<bdi[^>]*>C097<\/bdi>/);
    expect(html).toMatch(/<bdi[^>]*>[^<]*286\/1998[^<]*<\/bdi>/);
    for (const phone of html.matchAll(/<a href="tel:[^"]*"([^>]*)>/g)) expect(phone[1]).toContain('dir="ltr"');
  });
});

describe('comparison pages', () => {
  it('link every cell to an existing row of a fact sheet', async () => {
    const pages = [
      ...statuses.map((s) => `en/compare/status/${s}/index.html`),
      ...branches.map((b) => `en/compare/branch/${b}/index.html`),
      'ar/compare/status/asylum-seeker/index.html',
      'zh/compare/branch/medical-care/index.html',
    ];
    const factSheetIds = new Map<string, Set<string | undefined>>();
    for (const page of pages) {
      const html = await readPage(page);
      const links = [...html.matchAll(/<a class="level[^"]*" data-level="[^"]+" href="([^"#]+)#([^"]+)"/g)];
      expect(links.length, page).toBeGreaterThan(0);
      for (const [, path, anchor] of links) {
        if (!factSheetIds.has(path!)) factSheetIds.set(path!, ids(await readFile(join(distDir, path!, 'index.html'), 'utf8')));
        expect(factSheetIds.get(path!)!.has(anchor), `${page} → ${path}#${anchor}`).toBe(true);
      }
    }
  });

  it('has a page for every country and every set of up to four countries, in every language', async () => {
    const codes = countryCodes();
    for (const locale of localeCodes) {
      for (const code of codes) expect(existsSync(join(distDir, locale, 'compare/countries', code, 'index.html'))).toBe(true);
      expect(existsSync(join(distDir, locale, 'compare/countries', codes.slice(0, 4).join('-'), 'index.html'))).toBe(true);
    }
  });

  it('links each comparison to the matching download', async () => {
    const html = await readPage('en/compare/status/refugee/index.html');
    expect(html).toContain('href="/data/access-matrix/status/refugee.csv"');
    const csv = await readFile(join(distDir, 'data/access-matrix/status/refugee.csv'), 'utf8');
    expect(csv.split('\r\n')[0]).toBe(accessMatrixColumnNames.join(','));
    expect(csv.split('\r\n').slice(1, -1).every((line) => line.split(',')[2] === 'refugee')).toBe(true);
  });

  it('use the reader’s language for every label, in Arabic and Chinese', async () => {
    for (const [locale, lang] of [['ar', 'ar'], ['zh', 'zh-CN']] as const) {
      const strings = await uiStrings(lang);
      const html = await readPage(`${locale}/compare/status/refugee/index.html`);
      for (const branch of branches) expect(html, `${locale} ${branch}`).toContain(`>${strings[`branch.${branch}`]}<`);
      expect(html).toContain(strings['compare.download']);
      expect(html).not.toContain('>Full access<');
    }
  });
});

describe('comparison pages in a browser', () => {
  const served = useServedSite();

  it('read right to left in Arabic: the country column is on the right', async () => {
    const page = await served.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${served.origin}/ar/compare/status/refugee/`);
    const headers = await page.locator('table.comparison thead th').evaluateAll((cells) => cells.map((c) => c.getBoundingClientRect().x));
    expect(headers[0]!).toBeGreaterThan(headers[headers.length - 1]!);
    await page.goto(`${served.origin}/en/compare/status/refugee/`);
    const ltr = await page.locator('table.comparison thead th').evaluateAll((cells) => cells.map((c) => c.getBoundingClientRect().x));
    expect(ltr[0]!).toBeLessThan(ltr[ltr.length - 1]!);
    await page.close();
  });
});

describe('the rubric of access levels', () => {
  const locales = localeCodes;
  const langOf: Record<string, string> = { zh: 'zh-CN' };

  it('is a page in every language, defining every level in the reader’s words', async () => {
    for (const locale of locales) {
      const html = await readPage(`${locale}/compare/levels/index.html`);
      const strings = await uiStrings(langOf[locale] ?? locale);
      for (const level of ['full', 'conditional', 'emergency-only', 'none', 'unknown']) {
        expect(html, `${locale} ${level}`).toContain(`id="level-${level}"`);
        // Astro escapes the text: compare with the same escaping of the typographic quote.
        expect(html, `${locale} ${level}`).toContain(strings[`levels.${level}`]!.replace(/&/g, '&amp;'));
      }
    }
  });

  it('is linked from every comparison, every fact sheet and the open-data page', async () => {
    const pages = [
      ...locales.flatMap((locale) => [
        `${locale}/compare/index.html`,
        `${locale}/data/index.html`,
        ...statuses.map((status) => `${locale}/compare/status/${status}/index.html`),
        ...branches.map((branch) => `${locale}/compare/branch/${branch}/index.html`),
        ...countryCodes().map((code) => `${locale}/countries/${code}/index.html`),
      ]),
    ];
    for (const page of pages) {
      const locale = page.split('/')[0];
      expect(await readPage(page), page).toContain(`href="/${locale}/compare/levels/"`);
    }
  });
});
