import { siteSections } from './site-sections.ts';
import { branches, statuses } from '../schemas/vocab.ts';
import { combinationSlug, countryCombinations } from './access-matrix.ts';

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
      ...statuses.map((status) => `/${locale}/compare/status/${status}/`),
      ...branches.map((branch) => `/${locale}/compare/branch/${branch}/`),
      ...combinations.map((set) => `/${locale}/compare/countries/${set}/`),
    ]),
  ];
}

/** The open-data files, language-neutral (src/pages/data/). */
export function dataFiles(countryCodes: readonly string[]): string[] {
  return [
    '/data/atlas.json',
    '/data/schema.json',
    '/data/access-matrix.csv',
    '/data/ratifications.csv',
    ...statuses.map((status) => `/data/access-matrix/status/${status}.csv`),
    ...branches.map((branch) => `/data/access-matrix/branch/${branch}.csv`),
    ...countryCombinations(countryCodes).map((set) => `/data/access-matrix/countries/${combinationSlug(set)}.csv`),
  ];
}
