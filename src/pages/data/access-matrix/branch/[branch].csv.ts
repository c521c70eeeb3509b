import type { APIRoute, GetStaticPaths } from 'astro';
import { branches, type Branch } from '../../../../schemas/vocab.ts';
import { accessMatrixCsv } from '../../../../lib/open-data.ts';
import { loadCountries } from '../../../../queries/countries.ts';
import { csvResponse } from '../../access-matrix.csv.ts';

/** The download of one "compare by branch" page. */
export const getStaticPaths = (() => branches.map((branch) => ({ params: { branch } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => csvResponse(accessMatrixCsv(await loadCountries(), { branch: params['branch'] as Branch }));
