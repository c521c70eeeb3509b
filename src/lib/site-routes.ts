import { allPagesSlug, contributorPages, siteSections } from './site-sections.ts';
import { rightsPath } from './rights.ts';
import { localizedPath } from './localized-pages.ts';
import { statuses } from '../schemas/vocab.ts';
import { combinationSlug, countryCombinations } from './access-matrix.ts';
import { comparisons } from './comparison-axes.ts';
import { comparisonCsvUrl, countriesCsvUrl, dataUrls } from './data-urls.ts';

/** "What changed": src/pages/[locale]/changes/, the whole site's and one country's. */
export const changesSlug = 'changes';

export function changesPath(locale: string, country?: string): string {
  return localizedPath(locale, [changesSlug, country].filter(Boolean).join('/'));
}

/** The feeds of changes, in the reader's language: the site's, and one country's. */
export function changesFeedPath(locale: string, country?: string): string {
  return country ? `/${locale}/countries/${country}/feed.xml` : `/${locale}/${changesSlug}/feed.xml`;
}

/** The glossary: src/pages/[locale]/glossary.astro; an entry is #term-<id>. */
export const glossarySlug = 'glossary';

export function glossaryPath(locale: string): string {
  return localizedPath(locale, glossarySlug);
}

/** The rubric of access levels: src/pages/[locale]/compare/levels.astro. */
export const levelsPageSlug = 'compare/levels';

/**
 * Addresses built by src/pages/ rather than from content, per language. The content check
 * accepts links to them; a site test checks that each of them is built.
 */
export function customRoutes(localeCodes: readonly string[], countryCodes: readonly string[]): string[] {
  const combinations = countryCombinations(countryCodes).map(combinationSlug);
  return [
    '/',
    ...localeCodes.flatMap((locale) => [
      ...siteSections.filter((section) => !section.fromContent).map((section) => `/${locale}/${section.slug}/`),
      ...Object.values(contributorPages).map((slug) => `/${locale}/${slug}/`),
      `/${locale}/${allPagesSlug}/`,
      ...statuses.map((status) => rightsPath(locale, { status })),
      ...countryCodes.flatMap((country) => statuses.map((status) => rightsPath(locale, { status, country }))),
      ...countryCodes.map((country) => changesPath(locale, country)),
      `/${locale}/${levelsPageSlug}/`,
      ...comparisons().map(({ axis, value }) => `/${locale}/compare/${axis}/${value}/`),
      ...combinations.map((set) => `/${locale}/compare/countries/${set}/`),
    ]),
  ];
}

/** The open-data files, language-neutral (src/pages/data/). */
export function dataFiles(countryCodes: readonly string[]): string[] {
  return [
    ...Object.values(dataUrls),
    ...comparisons().map(({ axis, value }) => comparisonCsvUrl(axis, value)),
    ...countryCombinations(countryCodes).map((set) => countriesCsvUrl(combinationSlug(set))),
  ];
}
