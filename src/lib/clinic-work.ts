import { reviewDue } from './review-freshness.ts';
import { splitDocsId } from './localized-pages.ts';
import { defaultLocale } from '../locales.ts';

/**
 * What a clinic has done, read from the content itself: the pages it reviewed, the country files
 * it looks after, the translations it checked, and when each review falls due. Nothing is
 * declared twice: a clinic's page is what its `reviewedBy` fields say.
 */
export interface PageLike {
  id: string;
  data: {
    title: string;
    kind?: string | undefined;
    reviewedBy?: string | undefined;
    lastReviewed?: Date | undefined;
    translationOf?: { reviewedBy?: string | undefined } | undefined;
  };
}

export interface CountryLike {
  code: string;
  data: { reviewedBy: string; lastReviewed: Date };
}

export interface TranslationLike {
  /** What is translated: a country code, or "glossary" and the like. */
  subject: string;
  locale: string;
  reviewedBy: string | undefined;
}

export interface ClinicWork {
  /** English pages it reviewed (a translation carries its original's review), by slug. */
  reviewed: { slug: string; lastReviewed: Date; due: Date }[];
  countries: { code: string; lastReviewed: Date; due: Date }[];
  /** Page translations and data translations its fluent readers checked. */
  translations: { slug: string | undefined; subject: string | undefined; locale: string }[];
  /** Every review it owes, soonest first. */
  dues: { slug: string | undefined; code: string | undefined; due: Date }[];
}

export function clinicWork(clinic: string, pages: readonly PageLike[], countries: readonly CountryLike[], dataTranslations: readonly TranslationLike[], locales: readonly string[]): ClinicWork {
  const reviewed: ClinicWork['reviewed'] = [];
  const translations: ClinicWork['translations'] = [];
  for (const page of pages) {
    const place = splitDocsId(page.id, locales);
    if (!place) continue;
    if (place.locale === defaultLocale && page.data.reviewedBy === clinic && page.data.lastReviewed) {
      reviewed.push({ slug: place.slug, lastReviewed: page.data.lastReviewed, due: reviewDue(page.data.lastReviewed) });
    }
    if (place.locale !== defaultLocale && page.data.translationOf?.reviewedBy === clinic) translations.push({ slug: place.slug, subject: undefined, locale: place.locale });
  }
  for (const translation of dataTranslations) {
    if (translation.reviewedBy === clinic) translations.push({ slug: undefined, subject: translation.subject, locale: translation.locale });
  }
  const looked = countries
    .filter((country) => country.data.reviewedBy === clinic)
    .map((country) => ({ code: country.code, lastReviewed: country.data.lastReviewed, due: reviewDue(country.data.lastReviewed) }));
  const dues = [
    ...reviewed.map((page) => ({ slug: page.slug, code: undefined, due: page.due })),
    ...looked.map((country) => ({ slug: undefined, code: country.code, due: country.due })),
  ].sort((a, b) => a.due.getTime() - b.due.getTime());
  return { reviewed: reviewed.sort((a, b) => a.slug.localeCompare(b.slug)), countries: looked, translations, dues };
}
