import type { APIRoute } from 'astro';
import { ratificationsCsv } from '../../lib/open-data.ts';
import { loadRatificationCountries } from '../../queries/ratifications.ts';
import { csvResponse } from './access-matrix.csv.ts';

/** `/data/ratifications.csv`: one row per country and ILO convention. */
export const GET: APIRoute = async () => csvResponse(ratificationsCsv(await loadRatificationCountries()));
