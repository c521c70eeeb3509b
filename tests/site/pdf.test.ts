import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { PDFDocument, PDFName } from 'pdf-lib';
import { distDir, readPage } from '../support/dist.ts';
import { localeCodes, locales } from '../../src/locales.ts';

const run = promisify(execFile);
const projectRoot = join(import.meta.dirname, '..', '..');
const pdf = (locale: string, slug: string) => join(distDir, 'pdf', locale, `${slug}.pdf`);

/** Poppler's tools (Debian: poppler-utils) read the PDFs as a reader's software would. */
async function pdfinfo(file: string): Promise<Record<string, string>> {
  const { stdout } = await run('pdfinfo', [file]);
  return Object.fromEntries(stdout.split('\n').filter(Boolean).map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]));
}

/** Each font: its name and whether it is embedded (pdffonts' "emb" column). */
async function pdffonts(file: string): Promise<{ name: string; embedded: boolean }[]> {
  const { stdout } = await run('pdffonts', [file]);
  const [header, rule, ...rows] = stdout.split('\n');
  const emb = header!.indexOf('emb');
  void rule;
  return rows.filter((row) => row.trim()).map((row) => ({ name: row.split(/\s+/)[0]!, embedded: row.slice(emb, emb + 3).trim() === 'yes' }));
}

async function pdftext(file: string): Promise<string> {
  return (await run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'])).stdout;
}

async function titleOf(locale: string, slug: string): Promise<string> {
  const text = await readFile(join(projectRoot, 'content', 'docs', locale, `${slug}.mdx`), 'utf8');
  return /^title:\s*"?(.*?)"?\s*$/m.exec(text)![1]!;
}

describe('PDFs', () => {
  it('exist for every fact sheet and toolkit in every language, linked from the page with their size', async () => {
    for (const slug of ['countries/it', 'countries/de', 'countries/es', 'toolkits/intake-checklist', 'toolkits/letter-requesting-written-decision']) {
      for (const locale of localeCodes) {
        expect(existsSync(pdf(locale, slug)), `${locale}/${slug}`).toBe(true);
        const html = await readPage(`${locale}/${slug}/index.html`);
        expect(html, `${locale}/${slug}`).toMatch(new RegExp(`<a href="/pdf/${locale}/${slug}\\.pdf" download[^>]*>[\\s\\S]*?<span data-pdf-size[^>]*>\\([\\p{Nd}.,\\s\\u202f\\u066b\\u066c]+[^)]*\\)</span>`, 'u'));
      }
    }
  });

  for (const [locale, lang] of [['en', 'en'], ['ar', 'ar'], ['zh', 'zh-CN']] as const) {
    it(`of the Italy fact sheet in ${locale}: A4, two pages, fonts embedded, title and metadata right`, async () => {
      const file = pdf(locale, 'countries/it');
      const info = await pdfinfo(file);
      expect(info['Page size']).toMatch(/^59[45](\.\d+)? x 841(\.\d+)? pts \(A4\)$/);
      expect(Number(info['Pages'])).toBeGreaterThanOrEqual(1);
      expect(Number(info['Pages'])).toBeLessThanOrEqual(2);

      const fonts = await pdffonts(file);
      expect(fonts.length).toBeGreaterThan(0);
      expect(fonts.filter((font) => !font.embedded)).toEqual([]);
      const expectedFont = { en: 'NotoSans-', ar: 'NotoSansArabic', zh: 'NotoSansSC' }[locale];
      expect(fonts.some((font) => font.name.includes(expectedFont))).toBe(true);

      const title = await titleOf(locale, 'countries/it');
      expect(info['Title']).toBe(title);
      // The text layer, as a reader copies or searches it, carries the title in its own script.
      const text = (await pdftext(file)).replace(/\s+/g, ' ');
      const firstWord = title.split(/[:：\s]/)[0]!;
      expect(text).toContain(firstWord);

      const document = await PDFDocument.load(await readFile(file), { updateMetadata: false });
      expect(document.getAuthor()).toBe('Law Clinic on Migration and Social Rights (sample)');
      expect(String(document.catalog.get(PDFName.of('Lang')))).toBe(`(${lang})`);
    });
  }

  it('of the Italy fact sheet fit on two A4 sheets in every language, "1 / 2" on one line, no caption ending a sheet', async () => {
    for (const locale of localeCodes) {
      const file = pdf(locale, 'countries/it');
      const pages = Number((await pdfinfo(file))['Pages']);
      expect(pages, locale).toBeLessThanOrEqual(2);
      const sheets = (await pdftext(file)).split('\f').filter((sheet) => sheet.trim() !== '');
      expect(sheets, locale).toHaveLength(pages);
      const strings = JSON.parse(await readFile(join(projectRoot, 'content', 'i18n', `${locales[locale].lang}.json`), 'utf8')) as Record<string, string>;
      sheets.forEach((sheet, index) => {
        const lines = sheet.split('\n').filter((line) => line.trim() !== '');
        // The page number is one unit at the end of a footer line: never split over two lines.
        // poppler gives right-to-left text in visual order ("2/1"), with direction controls around it.
        const [first, second] = locales[locale].dir === 'rtl' ? [pages, index + 1] : [index + 1, pages];
        const pageNumber = new RegExp(`(^|\\s)${first}[\\s\\u00a0]?/[\\s\\u00a0]?${second}(\\s|$)`);
        expect(lines.some((line) => pageNumber.test(line.replace(/[\u202a-\u202e\u2066-\u2069]/g, ' '))), `${locale} sheet ${index + 1}`).toBe(true);
        // A table's caption is never at the foot of a sheet: some rows of its table follow it there.
        const caption = lines.findIndex((line) => line.trim() === strings['factsheet.access.caption']);
        if (caption >= 0) expect(lines.length - caption, `${locale} sheet ${index + 1}: rows after the caption`).toBeGreaterThan(6);
      });
    }
  });
});

describe('"My rights" sheets', () => {
  it('print every answer of the navigator on one A4 page, in every language', async () => {
    const problems: string[] = [];
    for (const locale of localeCodes) {
      for (const code of ['de', 'es', 'it']) {
        for (const status of ['migrant-worker', 'asylum-seeker', 'refugee', 'subsidiary-protection', 'temporary-protection', 'undocumented']) {
          const file = pdf(locale, `rights/${code}/${status}`);
          if (!existsSync(file)) {
            problems.push(`${locale}/rights/${code}/${status}: no PDF`);
            continue;
          }
          const info = await pdfinfo(file);
          if (info['Pages'] !== '1' || !/^59[45](\.\d+)? x 841/.test(info['Page size'] ?? '')) problems.push(`${locale}/rights/${code}/${status}: ${info['Pages']} pages of ${info['Page size']}`);
        }
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  for (const locale of ['en', 'ar', 'zh']) {
    it(`in ${locale} carry the title, the law and the institutions' own names as text, with the page's link`, async () => {
      const file = pdf(locale, 'rights/de/asylum-seeker');
      // Compared without spaces and direction marks: pdftotext splits shaped Arabic words.
      const bare = (text: string) => text.replace(/[\s\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
      const text = bare(await pdftext(file));
      const html = await readPage(`${locale}/rights/de/asylum-seeker/index.html`);
      const title = /<h1[^>]*>([^<]+)<\/h1>/.exec(html)![1]!.trim();
      expect(text).toContain(bare(title));
      expect(text).toContain('AsylbLG');
      expect(text).toContain(bare('Bundesagentur für Arbeit'));
      expect(html).toContain(`href="/pdf/${locale}/rights/de/asylum-seeker.pdf"`);
      const fonts = await pdffonts(file);
      expect(fonts.every((font) => font.embedded)).toBe(true);
    });
  }
});

