import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { standardsCountrySchema } from '../../src/schemas/ratifications.ts';
import { compactPath, europeShapes, numericCodes } from '../../src/lib/europe-map.ts';
import { conventions } from '../../src/schemas/vocab.ts';

const require = createRequire(import.meta.url);
const iso = require('i18n-iso-countries') as { numericToAlpha2(code: string): string | undefined };

const source = { title: 'Ratifications of C097 (ILO NORMLEX)', url: 'https://normlex.ilo.org/dyn/normlex/en/f?p=1', type: 'convention' };
const valid = {
  name: 'Austria',
  lastChecked: '2026-11-30',
  ratifications: conventions.map((convention) => (convention === 'C097' ? { convention, status: 'not-ratified', source } : { convention, status: 'unknown' })),
};
const messages = (input: unknown) => standardsCountrySchema.safeParse(input).error?.issues.map((issue) => issue.message) ?? [];

describe('a country known by its ratifications only', () => {
  it('accepts every convention stated, with a source for each settled status', () => {
    expect(messages(valid)).toEqual([]);
  });

  it('asks for a source for anything but unknown, for all six conventions, each once', () => {
    const withoutSource = { ...valid, ratifications: valid.ratifications.map((r) => (r.convention === 'C097' ? { convention: 'C097', status: 'not-ratified' } : r)) };
    expect(messages(withoutSource)).toContain('Cite the ILO NORMLEX page that settles this status under "source", or set status: unknown.');
    expect(messages({ ...valid, ratifications: valid.ratifications.slice(1) })).toContain('State every convention, if only as "status: unknown". Missing: C097.');
    expect(messages({ ...valid, ratifications: [...valid.ratifications, valid.ratifications[1]] })).toContain('Each convention may be listed only once.');
    expect(messages({ ...valid, extra: true }).length).toBeGreaterThan(0);
  });
});

describe('the map of Europe', () => {
  it('knows each country by its ISO numeric code', () => {
    for (const [alpha2, numeric] of Object.entries(numericCodes)) expect(iso.numericToAlpha2(numeric)?.toLowerCase(), alpha2).toBe(alpha2);
  });

  it('draws every country the Atlas may colour, inside the frame', () => {
    const shapes = europeShapes();
    expect(new Set(shapes.flatMap((shape) => (shape.code ? [shape.code] : [])))).toEqual(new Set(Object.keys(numericCodes)));
    for (const shape of shapes) {
      for (const [, x, y] of shape.path.matchAll(/[ML](-?\d+),(-?\d+)/g)) {
        expect(Number(x)).toBeGreaterThanOrEqual(0);
        expect(Number(y)).toBeGreaterThanOrEqual(0);
      }
    }
    expect(shapes.filter((shape) => shape.dot).map((shape) => shape.code).sort()).toEqual(['cy', 'li', 'lu', 'mt']);
  });

  it('drops points closer than two pixels, and outlines that vanish', () => {
    expect(compactPath('M0,0L1,0L5,0L5,5L5,6Z')).toBe('M0,0L5,0L5,5Z');
    expect(compactPath('M0,0L1,0L1,1Z')).toBe('');
  });
});
