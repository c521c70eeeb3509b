import { describe, expect, it } from 'vitest';
import { practiceSchema } from '../../src/schemas/practice.ts';
import { facetCounts, facetValues, practicePath, practicesPath } from '../../src/lib/practice-facets.ts';

const valid = {
  title: 'Social security agreement between Spain and Morocco',
  countries: ['es'],
  years: { from: 1982 },
  actors: ['public-body'],
  themes: ['portability'],
  statuses: ['migrant-worker'],
  summary: 'It coordinates the two countries’ social security.',
  achieved: 'Insurance periods in both countries are added together.',
  sources: [{ title: 'BOE-A-1982-26519', url: 'https://boe.es/diario_boe/txt.php?id=BOE-A-1982-26519', type: 'convention', lang: 'es' }],
  lastChecked: '2026-11-30',
};
const messages = (input: unknown) => practiceSchema.safeParse(input).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

describe('a good practice', () => {
  it('accepts a sourced entry, with or without years', () => {
    expect(messages(valid)).toEqual([]);
    const { years: _years, ...withoutYears } = valid;
    expect(messages(withoutYears)).toEqual([]);
  });

  it('refuses what readers could be misled by, in words a student can act on', () => {
    expect(messages({ ...valid, sources: [] })).toEqual(['sources: Cite at least one public source for the practice.']);
    expect(messages({ ...valid, years: { from: 2020, to: 2019 } })).toEqual(['years: The year it ended ("to") cannot be before the year it started ("from").']);
    expect(messages({ ...valid, themes: ['pensions'] })[0]).toMatch(/^themes\.0: Use one of: portability, health-care/);
    expect(messages({ ...valid, countries: ['es', 'es'] })).toEqual(['countries: Name each country only once.']);
    expect(messages({ ...valid, countries: ['uk'] })[0]).toMatch(/^countries\.0: "uk" is not an ISO country code; the code for this country is "gb"/);
    expect(messages({ ...valid, summary: 'A <img src=x onerror=alert(1)> summary' })).toEqual(['summary: Write the summary as plain text, without "<" or ">".']);
    expect(messages({ ...valid, lastChecked: '2999-01-01' })[0]).toMatch(/^lastChecked: This date is in the future/);
    expect(messages({ ...valid, rating: 5 }).length).toBe(1);
  });
});

describe('filters as links', () => {
  const practices = [
    { themes: ['portability'], countries: ['es', 'it'], actors: ['public-body'] },
    { themes: ['portability', 'health-care'], countries: ['es'], actors: ['trade-union'] },
  ] as const;

  it('counts each value once per practice, and gives each filter an address', () => {
    expect(Object.fromEntries(facetCounts(practices as never, 'country'))).toEqual({ es: 2, it: 1 });
    expect(Object.fromEntries(facetCounts(practices as never, 'theme'))).toEqual({ portability: 2, 'health-care': 1 });
    expect(facetValues(practices[1] as never, 'actor')).toEqual(['trade-union']);
    expect(practicesPath('ar', { facet: 'country', value: 'es' })).toBe('/ar/practices/country/es/');
    expect(practicesPath('ar')).toBe('/ar/practices/');
    expect(practicePath('zh', 'spain-morocco')).toBe('/zh/practices/spain-morocco/');
  });
});
