import type { APIRoute, GetStaticPaths } from 'astro';
import { combinationSlug, countryCombinations } from '../../../../lib/access-matrix.ts';
import { accessMatrixCsv } from '../../../../lib/open-data.ts';
import { loadCountries } from '../../../../queries/countries.ts';
import { csvResponse } from '../../access-matrix.csv.ts';

/** The download of one "countries side by side" page. */
export const getStaticPaths = (async () =>
  countryCombinations((await loadCountries()).map((c) => c.code)).map((chosen) => ({ params: { set: combinationSlug(chosen) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const chosen = String(params['set']).split('-');
  return csvResponse(accessMatrixCsv((await loadCountries()).filter((country) => chosen.includes(country.code))));
};
