import type { ComparisonAxis } from './comparison-axes.ts';

/**
 * The addresses of the open-data files (src/pages/data/), language-neutral. Pages link to them
 * and the content check accepts links to them from here; the routes' file names in src/pages/data/
 * must match, which a site test checks by fetching every address.
 */
export const dataUrls = {
  atlas: '/data/atlas.json',
  schema: '/data/schema.json',
  accessMatrix: '/data/access-matrix.csv',
  ratifications: '/data/ratifications.csv',
} as const;

/** The CSV of one comparison page: one status or one branch. */
export function comparisonCsvUrl(axis: ComparisonAxis, value: string): string {
  return `/data/access-matrix/${axis}/${value}.csv`;
}

/** The CSV of a side-by-side comparison of countries. */
export function countriesCsvUrl(set: string): string {
  return `/data/access-matrix/countries/${set}.csv`;
}
