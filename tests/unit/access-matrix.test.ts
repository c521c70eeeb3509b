import { describe, expect, it } from 'vitest';
import { cellAnchor, combinationSlug, compareByBranch, compareByStatus, countryCombinations, levelCounts, toggleCountry } from '../../src/lib/access-matrix.ts';
import { countryRecord, researched } from '../support/country-fixtures.ts';

const italy = countryRecord('it', {}, { 'refugee/family': researched('conditional', 'With a residence permit.') });
const spain = countryRecord('es', {}, { 'refugee/family': researched('full', 'As nationals.') });

describe('comparisons', () => {
  it('shows one status across countries and branches', () => {
    const rows = compareByStatus([italy, spain], 'refugee');
    expect(rows.map((r) => r.country.code)).toEqual(['es', 'it']);
    expect(rows[0]!.cells).toHaveLength(10);
    expect(rows[1]!.cells.find((c) => c.column === 'family')!.cell.level).toBe('conditional');
  });

  it('shows one branch across countries and statuses', () => {
    const rows = compareByBranch([italy, spain], 'family');
    expect(rows[0]!.cells.map((c) => `${c.status}:${c.cell.level}`)).toContain('refugee:full');
    expect(rows[0]!.cells).toHaveLength(6);
  });

  it('counts levels, keeping "not researched" apart from "no access"', () => {
    const counts = levelCounts(compareByStatus([italy, spain], 'refugee').flatMap((r) => r.cells.map((c) => c.cell)));
    expect(counts).toEqual({ full: 1, conditional: 1, 'emergency-only': 0, none: 0, unknown: 18 });
  });

  it('names the fact sheet row a comparison cell links to', () => {
    expect(cellAnchor('asylum-seeker', 'medical-care')).toBe('access-asylum-seeker-medical-care');
  });
});

describe('countries side by side', () => {
  it('makes a page for every set of one to four countries', () => {
    expect(countryCombinations(['it', 'de', 'es']).map((c) => c.join('-'))).toEqual(['de', 'es', 'it', 'de-es', 'de-it', 'es-it', 'de-es-it']);
    expect(countryCombinations(['a', 'b', 'c', 'd', 'e'])).toHaveLength(5 + 10 + 10 + 5);
    expect(countryCombinations(['a', 'b', 'c', 'd', 'e']).every((c) => c.length <= 4)).toBe(true);
  });

  it('adds and removes a country from a set, keeping the address canonical', () => {
    expect(toggleCountry(['it', 'de'], 'es')).toEqual(['de', 'es', 'it']);
    expect(toggleCountry(['de', 'es', 'it'], 'es')).toEqual(['de', 'it']);
    expect(combinationSlug(['it', 'de'])).toBe('de-it');
  });
});
