import { describe, expect, it } from 'vitest';
import { affectedFacts, affectsText, changeAnchor, sortChanges, type ChangeItem } from '../../src/lib/change-log.ts';

const item = (date: string, overrides: Partial<ChangeItem> = {}): ChangeItem => ({
  date: new Date(`${date}T00:00:00Z`),
  country: 'it',
  page: undefined,
  summary: 'x',
  summaryInEnglish: false,
  affects: [],
  ...overrides,
});

describe('the change log as readers get it', () => {
  it('groups what a change affects by status, in the vocabulary’s order', () => {
    expect(affectedFacts(['access.refugee.unemployment', 'ratifications.C118', 'access.asylum-seeker', 'access.refugee.medical-care', 'sources'])).toEqual({
      statuses: [
        { status: 'asylum-seeker', branches: 'all' },
        { status: 'refugee', branches: ['medical-care', 'unemployment'] },
      ],
      conventions: ['C118'],
      euCoordination: false,
      institutions: false,
      sources: true,
    });
  });

  it('says it in one line with the punctuation of the reader’s script', () => {
    const label = (key: string) => ({ 'changes.affects': 'A:', 'status.refugee': 'R', 'branch.medical-care': 'M', 'branch.unemployment': 'U', 'review.sources': 'S' })[key] ?? key;
    const affects = ['access.refugee.medical-care', 'access.refugee.unemployment', 'sources'];
    expect(affectsText(affects, label, 'en')).toBe('A: R: M and U; S');
    expect(affectsText(affects, label, 'ar')).toBe('A: R: M وU؛ S');
    expect(affectsText(affects, label, 'zh-CN')).toBe('A: R：M和U；S');
    expect(affectsText([], label, 'en')).toBeUndefined();
  });

  it('puts the newest first, country files before pages on the same day, and anchors each entry uniquely', () => {
    const page = item('2026-11-30', { page: { slug: 'countries/it', title: 'Italy', isFallback: false } });
    const sorted = sortChanges([item('2026-10-01', { country: 'de' }), page, item('2026-11-30', { country: 'es' }), item('2026-11-30')]);
    expect(sorted.map(changeAnchor)).toEqual(['change-es-2026-11-30', 'change-it-2026-11-30', 'change-countries-it-2026-11-30', 'change-de-2026-10-01']);
  });
});
