import { describe, expect, it } from 'vitest';
import { countryChangesSchema, pageChangesSchema } from '../../src/schemas/change.ts';

const messages = (result: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

describe('change-log entries', () => {
  it('accepts dated entries, newest first, that name cells, statuses and conventions', () => {
    const result = countryChangesSchema.safeParse([
      { date: '2026-11-30', summary: 'Refugees’ unemployment benefit re-coded as full.', affects: ['access.refugee.unemployment', 'access.asylum-seeker', 'ratifications.C118'] },
      { date: new Date('2026-10-01T00:00:00Z'), summary: 'Institutions checked.', affects: ['institutions'] },
    ]);
    expect(messages(result)).toEqual([]);
    expect(result.data?.[0]?.date).toEqual(new Date('2026-11-30T00:00:00Z'));
  });

  it('explains each mistake in words a student can act on', () => {
    const result = countryChangesSchema.safeParse([
      { date: '2026-10-01', summary: 'Older first.', affects: ['access.refugee.unemployment'] },
      { date: '2026-11-30', summary: 'Two on one day.', affects: ['access.refugees.unemployment'] },
      { date: '2026-11-30', summary: 'A <b>bold</b> claim.', affects: [] },
      { date: '2999-01-01', summary: 'x'.repeat(241), affects: ['sources'] },
    ]);
    const found = messages(result);
    expect(found).toContain('1.affects.0: "access.refugees.unemployment" is not something a change can affect. Write a cell as access.<status>.<branch> (for example access.refugee.unemployment), a whole status as access.<status>, a convention as ratifications.C118, or one of euCoordination, institutions, sources.');
    expect(found).toContain('2.summary: Write the summary as plain text, without "<" or ">".');
    expect(found).toContain('2.affects: Say what the change affects under "affects", for example [access.refugee.unemployment].');
    expect(found.some((m) => m.startsWith('3.date: This date is in the future'))).toBe(true);
    expect(found.some((m) => m.startsWith('3.summary: Keep the summary to one sentence'))).toBe(true);
  });

  it('refuses two entries on one day, and an older entry above a newer one', () => {
    const twoOnOneDay = countryChangesSchema.safeParse([
      { date: '2026-11-30', summary: 'One.', affects: ['sources'] },
      { date: '2026-11-30', summary: 'Two.', affects: ['institutions'] },
    ]);
    expect(messages(twoOnOneDay)).toEqual(['1.date: Two changes have this date. Join them into one entry for the day, and list everything it affects under "affects".']);
    const oldestFirst = countryChangesSchema.safeParse([
      { date: '2026-10-01', summary: 'One.', affects: ['sources'] },
      { date: '2026-11-30', summary: 'Two.', affects: ['institutions'] },
    ]);
    expect(messages(oldestFirst)).toEqual(['1.date: Put the newest change first: this entry is newer than the one above it.']);
  });

  it('lets a page’s entry leave out what it affects, but not add unknown fields', () => {
    expect(pageChangesSchema.safeParse([{ date: '2026-11-30', summary: 'Le guide cite le décret de 2026.' }]).success).toBe(true);
    expect(messages(pageChangesSchema.safeParse([{ date: '2026-11-30', summary: 'x', note: 'y' }]))[0]).toMatch(/note/);
  });
});
