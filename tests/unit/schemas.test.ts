import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { pageFrontmatterSchema } from '../../src/schemas/page.ts';
import { countrySchema } from '../../src/schemas/country.ts';
import { clinicSchema } from '../../src/schemas/clinic.ts';
import { calendarDateSchema, parseCalendarDay } from '../../src/schemas/common.ts';
import { countryInput } from '../support/country-fixtures.ts';

const fixture = (name: string): unknown =>
  parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'pages', `${name}.yaml`), 'utf8'));

function messages(result: { success: boolean; error?: { issues: { message: string }[] } }): string {
  return result.error?.issues.map((i) => i.message).join(' | ') ?? '';
}

describe('page frontmatter', () => {
  it.each(['valid-guide', 'valid-factsheet-translation', 'valid-page'])('accepts %s', (name) => {
    const result = pageFrontmatterSchema.safeParse(fixture(name));
    expect(messages(result)).toBe('');
    expect(result.success).toBe(true);
  });

  it('turns review dates into dates and defaults statuses and branches to none', () => {
    const page = pageFrontmatterSchema.parse(fixture('valid-guide'));
    if (page.kind !== 'guide') throw new Error('expected a guide');
    expect(page.lastReviewed).toEqual(new Date('2026-10-01T00:00:00Z'));
    expect(page.validAsOf).toEqual(new Date('2026-09-30T00:00:00Z'));
    const minimal = pageFrontmatterSchema.parse({ ...(fixture('valid-guide') as object), statuses: undefined, branches: undefined });
    expect(minimal).toMatchObject({ statuses: [], branches: [] });
  });

  it('requires a country on a fact sheet', () => {
    const result = pageFrontmatterSchema.safeParse(fixture('invalid-factsheet-without-country'));
    expect(result.success).toBe(false);
    expect(result.error?.issues.some((i) => i.path.join('.') === 'country')).toBe(true);
  });

  it('requires at least one source', () => {
    expect(messages(pageFrontmatterSchema.safeParse(fixture('invalid-guide-without-sources')))).toContain(
      'List at least one source',
    );
  });

  it('requires a source to give a web address or a legal citation', () => {
    expect(messages(pageFrontmatterSchema.safeParse(fixture('invalid-source-without-url-or-citation')))).toContain(
      'needs a web address (url) or a legal citation',
    );
  });

  it('refuses a review dated in the future', () => {
    expect(messages(pageFrontmatterSchema.safeParse(fixture('invalid-future-review')))).toContain('in the future');
  });

  it('refuses an unknown kind, naming the kinds', () => {
    expect(messages(pageFrontmatterSchema.safeParse(fixture('invalid-unknown-kind')))).toContain(
      'guide, toolkit, factsheet, page',
    );
  });

  it('refuses a reviewed page without review fields', () => {
    const result = pageFrontmatterSchema.safeParse({ title: 'x', kind: 'toolkit' });
    const missing = result.error?.issues.map((i) => i.path.join('.')).sort();
    expect(missing).toEqual(['audience', 'lastReviewed', 'reviewedBy', 'sources', 'validAsOf']);
  });

  it('refuses an upper-case or three-letter country code', () => {
    for (const country of ['IT', 'ita']) {
      const result = pageFrontmatterSchema.safeParse({ ...(fixture('valid-guide') as object), country });
      expect(messages(result)).toContain('two-letter ISO country code in lower case');
    }
  });
});

describe('calendar dates', () => {
  it('accepts real days written YYYY-MM-DD, as text or as a YAML date', () => {
    expect(calendarDateSchema.parse('2024-02-29')).toEqual(new Date('2024-02-29T00:00:00Z'));
    expect(calendarDateSchema.parse(new Date('2026-01-05T00:00:00Z'))).toEqual(new Date('2026-01-05T00:00:00Z'));
  });

  it('refuses days that do not exist and other formats', () => {
    expect(parseCalendarDay('2026-02-30')).toBeUndefined();
    expect(parseCalendarDay('2025-02-29')).toBeUndefined();
    expect(parseCalendarDay('01/02/2026')).toBeUndefined();
    expect(messages(calendarDateSchema.safeParse('2026-13-01'))).toContain('is not a real date');
    expect(messages(calendarDateSchema.safeParse('March 2026'))).toContain('is not a date written YYYY-MM-DD');
  });
});

const countryData = (cells: Record<string, Record<string, unknown>> = {}) => countryInput({}, cells) as ReturnType<typeof countryInput> & { access: Record<string, Record<string, unknown>> };

describe('country data', () => {
  it('accepts a matrix where every cell is stated', () => {
    expect(messages(countrySchema.safeParse(countryData()))).toBe('');
  });

  it('refuses a matrix with a missing cell, so gaps stay visible', () => {
    const data = countryData();
    delete (data.access['refugee'] as Record<string, unknown>)['family'];
    const result = countrySchema.safeParse(data);
    expect(result.error?.issues[0]?.path).toEqual(['access', 'refugee', 'family']);
  });

  it('refuses a researched cell without its legal basis and source', () => {
    const result = countrySchema.safeParse(countryData({ 'refugee/family': { level: 'full' } }));
    expect(messages(result)).toContain('needs its "legalBasis" and at least one source');
  });

  it('accepts a researched cell with legal basis and source', () => {
    const cell = {
      level: 'conditional',
      conditions: 'After registration with the health service.',
      legalBasis: 'D.Lgs. 286/1998, art. 34',
      sources: [{ title: 'D.Lgs. 286/1998', citation: 'art. 34', type: 'national-law' }],
    };
    expect(messages(countrySchema.safeParse(countryData({ 'refugee/medical-care': cell })))).toBe('');
  });

  it('refuses a convention listed twice and a ratification without source', () => {
    const twice = { ...countryData(), ratifications: [{ convention: 'C097', status: 'not-ratified' }, { convention: 'C097', status: 'unknown' }] };
    expect(messages(countrySchema.safeParse(twice))).toContain('only once');
    const unsourced = { ...countryData(), ratifications: [{ convention: 'C102', status: 'ratified', year: 1956 }] };
    expect(messages(countrySchema.safeParse(unsourced))).toContain('needs its source');
  });
});

describe('clinics', () => {
  it('accepts a clinic without contact details and marks it not a sample by default', () => {
    const clinic = clinicSchema.parse({ name: 'Clinic', university: 'University', city: 'Turin', country: 'it' });
    expect(clinic.sample).toBe(false);
  });

  it('refuses a website address that could break out of its attribute, and a malformed e-mail', () => {
    const base = { name: 'Clinic', university: 'University', city: 'Turin', country: 'it' };
    expect(clinicSchema.safeParse({ ...base, website: 'https://example.org/"><meta http-equiv=refresh content=0;url=//evil.example>' }).success).toBe(false);
    // http:// is accepted by the schema; the content check warns about it (tests/unit/web-address.test.ts).
    expect(clinicSchema.safeParse({ ...base, website: 'http://example.org' }).success).toBe(true);
    expect(clinicSchema.safeParse({ ...base, contact: 'not-an-address' }).success).toBe(false);
  });
});
