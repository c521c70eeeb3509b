import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const docs = join(import.meta.dirname, '..', '..', 'content', 'docs');

/** Slugs of the English pages, e.g. `guides/health-care-asylum-seekers` ('' for the home page). */
export function englishSlugs(): string[] {
  return readdirSync(join(docs, 'en'), { recursive: true })
    .map(String)
    .filter((file) => /\.mdx?$/.test(file))
    .map((file) => file.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, ''))
    .sort();
}

export function isTranslated(locale: string, slug: string): boolean {
  return ['md', 'mdx'].some((ext) => existsSync(join(docs, locale, `${slug || 'index'}.${ext}`)));
}

/** An English page that `locale` has not translated yet, for tests of fallbacks. */
export function untranslatedSlug(locale: string): string {
  const slug = englishSlugs().find((candidate) => candidate !== '' && !isTranslated(locale, candidate));
  if (!slug) throw new Error(`Every page is translated into ${locale}: these tests need one that is not.`);
  return slug;
}

export function englishTitle(slug: string): string {
  const file = ['md', 'mdx'].map((ext) => join(docs, 'en', `${slug}.${ext}`)).find(existsSync)!;
  return /^title:\s*"?(.*?)"?\s*$/m.exec(readFileSync(file, 'utf8'))![1]!;
}

/** The codes of the countries that have a country file, sorted. */
export function countryCodes(): string[] {
  return readdirSync(join(docs, '..', 'countries'))
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => file.replace(/\.yaml$/, ''))
    .sort();
}
