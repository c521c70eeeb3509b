import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { select, selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { readPage } from '../support/dist.ts';
import { localeCodes, locales } from '../../src/locales.ts';

const root = join(import.meta.dirname, '..', '..');
const clinics = new Map(
  readdirSync(join(root, 'content', 'clinics'))
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => [file.slice(0, -5), parseYaml(readFileSync(join(root, 'content', 'clinics', file), 'utf8')) as { name: string; country: string; sample?: boolean }] as const),
);
const frontmatter = (path: string) => parseYaml(readFileSync(path, 'utf8').split('---')[1]!) as { reviewedBy?: string; kind?: string };
/** English reviewed pages by clinic, from the files. */
function reviewedBy(clinic: string): string[] {
  const base = join(root, 'content', 'docs', 'en');
  return (readdirSync(base, { recursive: true }) as string[])
    .filter((file) => /\.mdx?$/.test(file))
    .filter((file) => frontmatter(join(base, file)).reviewedBy === clinic)
    .map((file) => `/${file.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '')}/`);
}

describe('the network of clinics', () => {
  it('lists every clinic by country in every language, marking samples', async () => {
    for (const locale of localeCodes) {
      const tree = fromHtml(await readPage(`${locale}/clinics/index.html`));
      for (const [id, clinic] of clinics) {
        const link = select(`main a[href="/${locale}/clinics/${id}/"]`, tree);
        expect(link, `${locale} ${id}`).toBeTruthy();
        const item = selectAll('main li', tree).find((li) => select(`a[href="/${locale}/clinics/${id}/"]`, li));
        expect(Boolean(select('.sample', item!)), `${locale} ${id} sample`).toBe(clinic.sample === true);
      }
      expect(select(`main a[href="/${locale}/join/"]`, tree)).toBeTruthy();
    }
  });

  it('shows what each clinic reviewed and when its reviews fall due, from the content', async () => {
    for (const locale of ['en', 'ar', 'zh'] as const) {
      for (const [id, clinic] of clinics) {
        const tree = fromHtml(await readPage(`${locale}/clinics/${id}/index.html`));
        expect(select('html', tree)!.properties['dir']).toBe(locales[locale].dir);
        expect(toString(select('h1', tree)!)).toBe(clinic.name);
        if (clinic.sample) expect(select('main .sample-note', tree), `${locale} ${id}`).toBeTruthy();
        const pages = reviewedBy(id);
        const listed = selectAll('#reviewed + ul > li > a', tree).map((a) => String(a.properties['href']).replace(`/${locale}`, ''));
        expect(listed.sort(), `${locale} ${id}`).toEqual(pages.sort());
        expect(selectAll('.dues > li', tree).length).toBeGreaterThanOrEqual(pages.length);
      }
    }
  });

  it('explains how to join, in every language', async () => {
    for (const locale of localeCodes) {
      const tree = fromHtml(await readPage(`${locale}/join/index.html`));
      // Translated: not the English page shown as a fallback.
      expect(select('html', tree)!.properties['lang'], locale).toBe(locales[locale].lang);
      expect(select('main [lang="en"] h2, main .sl-markdown-content[lang="en"]', tree), locale).toBeFalsy();
      expect(selectAll('main h2', tree).length).toBeGreaterThanOrEqual(4);
      if (locale !== 'en') expect(toString(select('h1', tree)!), locale).not.toBe('Join the network of law clinics');
      expect(select(`main a[href="/${locale}/clinics/"]`, tree), locale).toBeTruthy();
    }
  });
});
