import { describe, expect, it } from 'vitest';
import { clinicWork } from '../../src/lib/clinic-work.ts';

const day = (text: string) => new Date(`${text}T00:00:00Z`);
const locales = ['en', 'fr', 'ar'];

describe('a clinic’s work, read from the content', () => {
  const pages = [
    { id: 'en/guides/a', data: { title: 'A', kind: 'guide', reviewedBy: 'turin', lastReviewed: day('2026-03-01') } },
    { id: 'fr/guides/a', data: { title: 'A fr', kind: 'guide', reviewedBy: 'turin', lastReviewed: day('2026-03-01'), translationOf: { reviewedBy: 'valencia' } } },
    { id: 'ar/guides/a', data: { title: 'A ar', kind: 'guide', reviewedBy: 'turin', lastReviewed: day('2026-03-01'), translationOf: {} } },
    { id: 'en/guides/b', data: { title: 'B', kind: 'guide', reviewedBy: 'valencia', lastReviewed: day('2025-10-01') } },
    { id: 'en/about', data: { title: 'About', kind: 'page' } },
  ];
  const countries = [
    { code: 'it', data: { reviewedBy: 'turin', lastReviewed: day('2026-01-15') } },
    { code: 'es', data: { reviewedBy: 'valencia', lastReviewed: day('2026-02-01') } },
  ];
  const translations = [{ subject: 'it', locale: 'ar', reviewedBy: 'valencia' }];

  it('counts an English page once, not once per translation, with its next review', () => {
    const turin = clinicWork('turin', pages, countries, translations, locales);
    expect(turin.reviewed).toEqual([{ slug: 'guides/a', lastReviewed: day('2026-03-01'), due: day('2027-03-01') }]);
    expect(turin.countries.map((c) => c.code)).toEqual(['it']);
    expect(turin.translations).toEqual([]);
    expect(turin.dues.map((d) => d.slug ?? d.code)).toEqual(['it', 'guides/a']);
  });

  it('credits the translations a clinic checked, pages and data alike', () => {
    const valencia = clinicWork('valencia', pages, countries, translations, locales);
    expect(valencia.translations).toEqual([
      { slug: 'guides/a', subject: undefined, locale: 'fr' },
      { slug: undefined, subject: 'it', locale: 'ar' },
    ]);
    expect(valencia.dues.map((d) => [d.slug ?? d.code, d.due.toISOString().slice(0, 10)])).toEqual([
      ['guides/b', '2026-10-01'],
      ['es', '2027-02-01'],
    ]);
  });

  it('gives a clinic that has done nothing yet an empty record', () => {
    expect(clinicWork('krakow', pages, countries, translations, locales)).toEqual({ reviewed: [], countries: [], translations: [], dues: [] });
  });
});
