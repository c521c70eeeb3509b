import { describe, expect, it } from 'vitest';
import { translationStatus, isTranslationOutdated } from '../../src/lib/translation-status.ts';
import { formatTranslationReport } from '../../src/lib/reports/translation-report.ts';
import { formatReviewSchedule, reviewSchedule } from '../../src/lib/reports/review-schedule.ts';
import { isReviewOverdue, reviewDue } from '../../src/lib/review-freshness.ts';
import { contentHash } from '../../src/lib/content-hash.ts';

const englishBody = '\n## Health care\n\nYou can see a doctor.\n';
const pages = [
  { id: 'en/guides/health', body: englishBody },
  { id: 'en/about', body: 'About.' },
  { id: 'fr/guides/health', body: 'Soins.', translationOf: { source: 'en/guides/health', sourceHash: contentHash(englishBody) } },
  { id: 'ar/guides/health', body: 'رعاية', translationOf: { source: 'en/guides/health', sourceHash: contentHash('an older text') } },
  { id: 'es/guides/health', body: 'Salud.' },
];

describe('translation status', () => {
  const rows = translationStatus(pages, ['en', 'fr', 'ar', 'es'], 'en');

  it('tells up to date, outdated and missing apart from the recorded hash alone', () => {
    const health = rows.find((row) => row.sourceId === 'en/guides/health')!;
    expect(health.byLocale).toEqual({
      fr: { state: 'up-to-date', id: 'fr/guides/health' },
      ar: { state: 'outdated', id: 'ar/guides/health' },
      es: { state: 'outdated', id: 'es/guides/health' },
    });
    expect(rows.find((row) => row.sourceId === 'en/about')!.byLocale['fr']).toEqual({ state: 'missing' });
  });

  it('makes every translation outdated when the English text changes, and not when only blank lines do', () => {
    expect(isTranslationOutdated(englishBody.replace('a doctor', 'a doctor for free'), contentHash(englishBody))).toBe(true);
    expect(isTranslationOutdated(`\n\n${englishBody}\r\n`, contentHash(englishBody))).toBe(false);
  });

  it('prints a table with a mark per language and the hash to record for outdated ones', () => {
    const report = formatTranslationReport(rows, ['fr', 'ar', 'es']);
    expect(report).toContain('en/guides/health  ✓   !   !');
    expect(report).toContain(`  ar/guides/health: compare with en/guides/health, update it, then set sourceHash: "${contentHash(englishBody)}"`);
    expect(report).toContain('  fr: 1 up to date, 0 outdated, 1 missing');
  });
});

describe('review freshness', () => {
  it('is due twelve months after the last review, also from 29 February', () => {
    expect(reviewDue(new Date('2026-03-15T00:00:00Z'))).toEqual(new Date('2027-03-15T00:00:00Z'));
    expect(reviewDue(new Date('2024-02-29T00:00:00Z'))).toEqual(new Date('2025-02-28T00:00:00Z'));
  });

  it('is overdue only after the due day', () => {
    const reviewed = new Date('2025-11-20T00:00:00Z');
    expect(isReviewOverdue(reviewed, new Date('2026-11-20T00:00:00Z'))).toBe(false);
    expect(isReviewOverdue(reviewed, new Date('2026-11-21T00:00:00Z'))).toBe(true);
  });

  it('groups reviews by clinic, soonest due first, and marks the overdue ones', () => {
    const schedule = reviewSchedule(
      [
        { path: 'content/docs/en/a.mdx', reviewedBy: 'turin', lastReviewed: new Date('2026-05-01T00:00:00Z') },
        { path: 'content/docs/en/b.mdx', reviewedBy: 'turin', lastReviewed: new Date('2025-01-10T00:00:00Z') },
        { path: 'content/countries/es.yaml', reviewedBy: 'valencia', lastReviewed: new Date('2026-02-01T00:00:00Z') },
      ],
      new Date('2026-11-23T00:00:00Z'),
    );
    expect([...schedule.keys()]).toEqual(['turin', 'valencia']);
    expect(schedule.get('turin')!.map((item) => [item.path, item.overdue])).toEqual([
      ['content/docs/en/b.mdx', true],
      ['content/docs/en/a.mdx', false],
    ]);
    const text = formatReviewSchedule(schedule, new Map([['turin', 'Turin clinic']]));
    expect(text).toContain('Turin clinic (turin): 2 items');
    expect(text).toContain('  due 2026-01-10 OVERDUE  content/docs/en/b.mdx  (last reviewed 2025-01-10)');
  });
});
