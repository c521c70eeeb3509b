import { defaultLocale, type Locale } from '../locales.ts';

/** The little we need of a docs entry: its id (`<locale>/<slug>`) and its frontmatter. */
export interface DocsEntryLike<Data> {
  id: string;
  data: Data;
}

export interface LocalizedPage<Data> {
  /** The path without locale, the same in every language, e.g. `guides/health-care`. */
  slug: string;
  /** The entry to show: the translation if there is one, otherwise the English page. */
  entry: DocsEntryLike<Data>;
  /** True when the reader's language has no translation and the English page stands in. */
  isFallback: boolean;
}

/** Splits `fr/guides/x` into `fr` and `guides/x`; ids without a known locale give undefined. */
export function splitDocsId(id: string, locales: readonly string[]): { locale: string; slug: string } | undefined {
  const [first, ...rest] = id.split('/');
  if (first === undefined || !locales.includes(first)) return undefined;
  const slug = rest.join('/');
  return { locale: first, slug: slug === 'index' ? '' : slug.replace(/\/index$/, '') };
}

/**
 * Every English page that `include` accepts, each in `locale` where translated, in English
 * otherwise. English is the reference: a page that exists only in translation is not listed,
 * since a reader of another language could not fall back to it.
 */
export function localizedPages<Data>(
  entries: readonly DocsEntryLike<Data>[],
  locale: Locale,
  locales: readonly string[],
  include: (data: Data) => boolean,
): LocalizedPage<Data>[] {
  const bySlug = new Map<string, Map<string, DocsEntryLike<Data>>>();
  for (const entry of entries) {
    const parts = splitDocsId(entry.id, locales);
    if (!parts) continue;
    const forSlug = bySlug.get(parts.slug) ?? new Map<string, DocsEntryLike<Data>>();
    forSlug.set(parts.locale, entry);
    bySlug.set(parts.slug, forSlug);
  }
  const pages: LocalizedPage<Data>[] = [];
  for (const [slug, versions] of bySlug) {
    const source = versions.get(defaultLocale);
    if (!source || !include(source.data)) continue;
    const translation = versions.get(locale);
    pages.push({ slug, entry: translation ?? source, isFallback: translation === undefined && locale !== defaultLocale });
  }
  return pages.sort((a, b) => a.slug.localeCompare(b.slug));
}

/** `/fr/guides/x/`: every locale is prefixed and every path ends with a slash. */
export function localizedPath(locale: string, slug: string): string {
  return `/${[locale, slug].filter(Boolean).join('/')}/`;
}

/**
 * The same page in another language: `/fr/guides/x/` becomes `/ar/guides/x/`. A path outside
 * every locale (the 404 page, the chooser) leads to that language's home page.
 */
export function switchLocale(pathname: string, locale: string, locales: readonly string[]): string {
  const [, first, ...rest] = pathname.split('/');
  if (first === undefined || !locales.includes(first)) return `/${locale}/`;
  return `/${[locale, ...rest].join('/')}`;
}
