import { branches, statuses, type AccessLevel, type Branch, type Status } from '../schemas/vocab.ts';
import type { AccessCell, Country } from '../schemas/country.ts';

/** A country file with its code (the file name). */
export interface CountryRecord {
  code: string;
  data: Country;
}

/** The id of a matrix row on a fact sheet, so comparison cells can link straight to it. */
export function cellAnchor(status: Status, branch: Branch): string {
  return `access-${status}-${branch}`;
}

export function accessCell(country: CountryRecord, status: Status, branch: Branch): AccessCell {
  return country.data.access[status][branch];
}

export function sortCountries<Record extends { code: string }>(countries: readonly Record[]): Record[] {
  return [...countries].sort((a, b) => a.code.localeCompare(b.code));
}

export interface ComparisonRow<Column extends string> {
  country: CountryRecord;
  cells: { column: Column; status: Status; branch: Branch; cell: AccessCell }[];
}

/** One status across every country and branch: "what can an asylum seeker get, where?" */
export function compareByStatus(countries: readonly CountryRecord[], status: Status): ComparisonRow<Branch>[] {
  return sortCountries(countries).map((country) => ({
    country,
    cells: branches.map((branch) => ({ column: branch, status, branch, cell: accessCell(country, status, branch) })),
  }));
}

/** One branch across every country and status: "who gets medical care, where?" */
export function compareByBranch(countries: readonly CountryRecord[], branch: Branch): ComparisonRow<Status>[] {
  return sortCountries(countries).map((country) => ({
    country,
    cells: statuses.map((status) => ({ column: status, status, branch, cell: accessCell(country, status, branch) })),
  }));
}

/** How many cells of each level a set of cells has: for summaries, and to tell researched from not. */
export function levelCounts(cells: readonly AccessCell[]): Record<AccessLevel, number> {
  const counts: Record<AccessLevel, number> = { full: 0, conditional: 0, 'emergency-only': 0, none: 0, unknown: 0 };
  for (const cell of cells) counts[cell.level]++;
  return counts;
}

/** The largest number of countries shown side by side. */
export const maxCountriesSideBySide = 4;

/**
 * Every set of 1 to `max` countries, as sorted codes. Each is a static page, so that choosing
 * countries works by following links ("add", "remove"), without JavaScript.
 */
export function countryCombinations(codes: readonly string[], max = maxCountriesSideBySide): string[][] {
  const sorted = [...new Set(codes)].sort();
  const result: string[][] = [];
  const extend = (start: number, chosen: string[]) => {
    if (chosen.length >= 1) result.push([...chosen]);
    if (chosen.length === max) return;
    for (let i = start; i < sorted.length; i++) extend(i + 1, [...chosen, sorted[i]!]);
  };
  extend(0, []);
  return result.sort((a, b) => a.length - b.length || a.join('-').localeCompare(b.join('-')));
}

/** `de-es-it`: the address segment of a side-by-side page. */
export function combinationSlug(codes: readonly string[]): string {
  return [...codes].sort().join('-');
}

/** The set of countries with one added or removed, as a side-by-side page can link to. */
export function toggleCountry(codes: readonly string[], code: string): string[] {
  return codes.includes(code) ? codes.filter((c) => c !== code) : [...codes, code].sort();
}
