import { branches, statuses, conventions, type Branch, type Status } from '../schemas/vocab.ts';
import type { AccessCell, Ratification } from '../schemas/country.ts';
import type { Clinic } from '../schemas/clinic.ts';
import type { AtlasExport, accessMatrixColumnNames, ratificationColumnNames } from '../schemas/open-data.ts';
import { isoDay } from './dates.ts';
import { sortCountries, type CountryRecord } from './access-matrix.ts';
import { toCsv, type CsvColumn } from './csv.ts';

/** The data's licence, stated in every download. */
export const dataLicence = 'CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/): credit "Migrant Rights Atlas".';

export interface MatrixRow {
  country: CountryRecord;
  status: Status;
  branch: Branch;
  cell: AccessCell;
}

/** One row per country, status and branch, in a stable order: country code, then vocabulary order. */
export function matrixRows(countries: readonly CountryRecord[], only: { status?: Status; branch?: Branch } = {}): MatrixRow[] {
  return sortCountries(countries).flatMap((country) =>
    statuses
      .filter((status) => !only.status || status === only.status)
      .flatMap((status) =>
        branches
          .filter((branch) => !only.branch || branch === only.branch)
          .map((branch) => ({ country, status, branch, cell: country.data.access[status][branch] })),
      ),
  );
}

type Column<Row, Name extends string> = CsvColumn<Row> & { header: Name };

/** How each published column of access-matrix.csv is filled (order: accessMatrixColumnNames). */
export const accessMatrixColumns = [
  { header: 'country', value: (r) => r.country.code },
  { header: 'country_name', value: (r) => r.country.data.name },
  { header: 'status', value: (r) => r.status },
  { header: 'branch', value: (r) => r.branch },
  { header: 'level', value: (r) => r.cell.level },
  { header: 'conditions', value: (r) => r.cell.conditions },
  { header: 'waiting_period', value: (r) => r.cell.waitingPeriod },
  { header: 'legal_basis', value: (r) => r.cell.legalBasis },
  { header: 'source_url', value: (r) => r.cell.sources.flatMap((s) => (s.url ? [s.url] : [])).join(' ') },
  { header: 'source_citation', value: (r) => r.cell.sources.flatMap((s) => (s.citation ? [s.citation] : [])).join(' | ') },
  { header: 'valid_as_of', value: (r) => isoDay(r.cell.validAsOf ?? r.country.data.validAsOf) },
  { header: 'last_reviewed', value: (r) => isoDay(r.country.data.lastReviewed) },
  { header: 'reviewed_by', value: (r) => r.country.data.reviewedBy },
] as const satisfies readonly Column<MatrixRow, (typeof accessMatrixColumnNames)[number]>[];

/**
 * A country as far as ratifications go: a country file, or a file of ratifications only
 * (content/ratifications/), whose last check stands for the review date.
 */
export interface RatificationHolder {
  code: string;
  data: { name: string; ratifications: readonly Ratification[]; lastReviewed: Date };
}

export interface RatificationRow {
  country: RatificationHolder;
  convention: (typeof conventions)[number];
}

export const ratificationColumns = [
  { header: 'country', value: (r) => r.country.code },
  { header: 'country_name', value: (r) => r.country.data.name },
  { header: 'convention', value: (r) => r.convention },
  { header: 'status', value: (r) => ratificationOf(r).status },
  { header: 'year', value: (r) => ratificationOf(r).year },
  { header: 'notes', value: (r) => ratificationOf(r).notes },
  { header: 'source_url', value: (r) => ratificationOf(r).source?.url },
  { header: 'last_reviewed', value: (r) => isoDay(r.country.data.lastReviewed) },
] as const satisfies readonly Column<RatificationRow, (typeof ratificationColumnNames)[number]>[];

/** A country's position on a convention; a convention it does not mention is `unknown`. */
export function ratificationOf({ country, convention }: RatificationRow) {
  return country.data.ratifications.find((r) => r.convention === convention) ?? { convention, status: 'unknown' as const };
}

export function accessMatrixCsv(countries: readonly CountryRecord[], only: { status?: Status; branch?: Branch } = {}): string {
  return toCsv(accessMatrixColumns, matrixRows(countries, only));
}

export function ratificationsCsv(countries: readonly RatificationHolder[]): string {
  const rows = sortCountries(countries).flatMap((country) => conventions.map((convention) => ({ country, convention })));
  return toCsv(ratificationColumns, rows);
}

/** Dates become `YYYY-MM-DD`, everything else stays as the content states it. */
function plain(value: unknown): unknown {
  if (value instanceof Date) return isoDay(value);
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}

export function atlasExport(countries: readonly CountryRecord[], clinics: readonly { id: string; data: Clinic }[]): AtlasExport {
  return plain({
    licence: dataLicence,
    countries: sortCountries(countries).map((country) => ({ code: country.code, ...country.data })),
    clinics: [...clinics].sort((a, b) => a.id.localeCompare(b.id)).map((clinic) => ({ id: clinic.id, ...clinic.data })),
  }) as AtlasExport;
}
