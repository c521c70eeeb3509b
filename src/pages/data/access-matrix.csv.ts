import type { APIRoute } from 'astro';
import { accessMatrixCsv } from '../../lib/open-data.ts';
import { loadCountries } from '../../queries/countries.ts';

/** `/data/access-matrix.csv`: one row per country, residence status and branch. */
export const GET: APIRoute = async () => csvResponse(accessMatrixCsv(await loadCountries()));

export function csvResponse(csv: string): Response {
  return new Response(csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
}
