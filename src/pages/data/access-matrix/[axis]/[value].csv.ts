import type { APIRoute, GetStaticPaths } from 'astro';
import { accessMatrixCsv } from '../../../../lib/open-data.ts';
import { comparisons, type Comparison } from '../../../../lib/comparison-axes.ts';
import { loadCountries } from '../../../../queries/countries.ts';
import { csvResponse } from '../../access-matrix.csv.ts';

/** The download of one comparison page: one status, or one branch. */
export const getStaticPaths = (() => comparisons().map(({ axis, value }) => ({ params: { axis, value }, props: { axis, value } }))) satisfies GetStaticPaths;

export const GET: APIRoute<Comparison> = async ({ props }) =>
  csvResponse(accessMatrixCsv(await loadCountries(), props.axis === 'status' ? { status: props.value } : { branch: props.value }));
