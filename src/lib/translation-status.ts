import { contentHash } from './content-hash.ts';

export type TranslationState = 'up-to-date' | 'outdated' | 'missing';

/** The little the status needs of a page: its id (`fr/guides/x`), body, and translation record. */
export interface PageForTranslation {
  id: string;
  body: string;
  translationOf?: { source: string; sourceHash: string } | undefined;
}

export interface TranslationRow {
  /** The English page's id, e.g. `en/guides/x`. */
  sourceId: string;
  /** The hash a translation made today would record. */
  currentHash: string;
  byLocale: Record<string, { state: TranslationState; id?: string }>;
}

/**
 * For every page in the default locale, whether each other locale has it translated from the
 * current text, from an older text (the hash recorded at translation time differs), or not at all.
 * The comparison needs no git history: the translation carries the source's hash.
 */
export function translationStatus(
  pages: readonly PageForTranslation[],
  locales: readonly string[],
  defaultLocale: string,
): TranslationRow[] {
  const byId = new Map(pages.map((page) => [page.id, page]));
  const sources = pages.filter((page) => page.id.startsWith(`${defaultLocale}/`)).sort((a, b) => a.id.localeCompare(b.id));
  return sources.map((source) => {
    const currentHash = contentHash(source.body);
    const slug = source.id.slice(defaultLocale.length + 1);
    const byLocale: TranslationRow['byLocale'] = {};
    for (const locale of locales) {
      if (locale === defaultLocale) continue;
      const translation = byId.get(`${locale}/${slug}`);
      if (!translation) byLocale[locale] = { state: 'missing' };
      else byLocale[locale] = { state: isOutdated(translation, currentHash) ? 'outdated' : 'up-to-date', id: translation.id };
    }
    return { sourceId: source.id, currentHash, byLocale };
  });
}

/**
 * A translation without a record of its source's hash cannot prove it is current, so it counts
 * as outdated until someone compares it and records the hash.
 */
function isOutdated(translation: PageForTranslation, currentHash: string): boolean {
  return translation.translationOf?.sourceHash !== currentHash;
}

/** Whether one translated page lags behind its source: for the notice readers see. */
export function isTranslationOutdated(sourceBody: string, recordedHash: string): boolean {
  return contentHash(sourceBody) !== recordedHash;
}

/**
 * A page shown in its own translation that no fluent reader from a clinic has checked yet: it was
 * made with machine help, and readers are told so on screen and on paper.
 */
export function isUnreviewedTranslation(page: { translationOf?: { reviewedBy?: string | undefined } | undefined }, isFallback: boolean | undefined): boolean {
  return !isFallback && page.translationOf !== undefined && !page.translationOf.reviewedBy;
}
