import { describe, expect, it } from 'vitest';
import { localizedPages, localizedPath, splitDocsId, switchLocale } from '../../src/lib/localized-pages.ts';

const codes = ['en', 'fr', 'ar'];
const entries = [
  { id: 'en/guides/health', data: { kind: 'guide' } },
  { id: 'fr/guides/health', data: { kind: 'guide' } },
  { id: 'en/guides/work', data: { kind: 'guide' } },
  { id: 'en/countries/it', data: { kind: 'factsheet' } },
  { id: 'fr/guides/only-in-french', data: { kind: 'guide' } },
  { id: 'en/index', data: { kind: 'page' } },
];

describe('localizedPages', () => {
  it('gives the translation where there is one and the English page otherwise', () => {
    const pages = localizedPages(entries, 'fr', codes, (d) => d.kind === 'guide');
    expect(pages.map((p) => [p.slug, p.entry.id, p.isFallback])).toEqual([
      ['guides/health', 'fr/guides/health', false],
      ['guides/work', 'en/guides/work', true],
    ]);
  });

  it('never calls English pages fallbacks in English', () => {
    const pages = localizedPages(entries, 'en', codes, (d) => d.kind === 'guide');
    expect(pages.every((p) => !p.isFallback)).toBe(true);
  });

  it('falls back for a language with no translation at all', () => {
    const pages = localizedPages(entries, 'ar', codes, (d) => d.kind === 'factsheet');
    expect(pages).toEqual([{ slug: 'countries/it', entry: entries[3], isFallback: true }]);
  });
});

describe('paths', () => {
  it('splits ids into locale and slug, with index pages at the locale root', () => {
    expect(splitDocsId('fr/guides/x', codes)).toEqual({ locale: 'fr', slug: 'guides/x' });
    expect(splitDocsId('en/index', codes)).toEqual({ locale: 'en', slug: '' });
    expect(splitDocsId('de/guides/x', codes)).toBeUndefined();
  });

  it('prefixes every path with its locale and ends it with a slash', () => {
    expect(localizedPath('ar', 'countries/it')).toBe('/ar/countries/it/');
    expect(localizedPath('zh', '')).toBe('/zh/');
  });
});

describe('switchLocale', () => {
  it('gives the same page in another language', () => {
    expect(switchLocale('/fr/guides/x/', 'ar', codes)).toBe('/ar/guides/x/');
    expect(switchLocale('/en/', 'fr', codes)).toBe('/fr/');
  });

  it('leads to the home page of the language from a page outside every locale', () => {
    expect(switchLocale('/', 'ar', codes)).toBe('/ar/');
    expect(switchLocale('/404/', 'fr', codes)).toBe('/fr/');
  });
});
