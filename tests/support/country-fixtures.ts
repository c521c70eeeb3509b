import { countrySchema, type Country } from '../../src/schemas/country.ts';
import { branches, statuses } from '../../src/schemas/vocab.ts';
import type { CountryRecord } from '../../src/lib/access-matrix.ts';

/** A country file's data, every cell `unknown` unless `cells` ("status/branch") says otherwise. */
export function countryInput(overrides: Record<string, unknown> = {}, cells: Record<string, Record<string, unknown>> = {}) {
  return {
    name: 'Testland',
    euMember: true,
    lastReviewed: '2026-10-01',
    reviewedBy: 'turin-law-clinic',
    validAsOf: '2026-10-01',
    ratifications: [],
    euCoordination: { applies: true },
    access: Object.fromEntries(
      statuses.map((s) => [s, Object.fromEntries(branches.map((b) => [b, cells[`${s}/${b}`] ?? { level: 'unknown' }]))]),
    ),
    ...overrides,
  };
}

/** A parsed country record, as the site's pages receive it. */
export function countryRecord(code: string, overrides: Record<string, unknown> = {}, cells: Record<string, Record<string, unknown>> = {}): CountryRecord {
  return { code, data: countrySchema.parse(countryInput(overrides, cells)) as Country };
}

/** A researched cell with its legal basis and source. */
export function researched(level: string, conditions: string, extra: Record<string, unknown> = {}) {
  return {
    level,
    conditions,
    legalBasis: 'Test Act, art. 1',
    sources: [{ title: 'Test Act', url: 'https://example.org/act', citation: 'Test Act, art. 1', type: 'national-law' }],
    ...extra,
  };
}
