import type { APIRoute, GetStaticPaths } from 'astro';
import { statuses, type Status } from '../../../../schemas/vocab.ts';
import { accessMatrixCsv } from '../../../../lib/open-data.ts';
import { loadCountries } from '../../../../queries/countries.ts';
import { csvResponse } from '../../access-matrix.csv.ts';

/** The download of one "compare by status" page. */
export const getStaticPaths = (() => statuses.map((status) => ({ params: { status } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => csvResponse(accessMatrixCsv(await loadCountries(), { status: params['status'] as Status }));
