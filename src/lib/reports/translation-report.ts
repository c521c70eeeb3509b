import type { TranslationRow, TranslationState } from '../translation-status.ts';

const marks: Record<TranslationState, string> = { 'up-to-date': '✓', outdated: '!', missing: '–' };

/** The table `npm run translations` prints: one row per English page, one column per language. */
export function formatTranslationReport(rows: readonly TranslationRow[], locales: readonly string[]): string {
  const width = Math.max(4, ...rows.map((row) => row.sourceId.length)) + 2;
  const lines = [
    `Translation status: ${marks['up-to-date']} up to date   ${marks.outdated} outdated (the original changed since)   ${marks.missing} missing`,
    '',
    'page'.padEnd(width) + locales.map((l) => l.padEnd(4)).join(''),
    ...rows.map((row) => row.sourceId.padEnd(width) + locales.map((l) => marks[row.byLocale[l]?.state ?? 'missing'].padEnd(4)).join('')),
    '',
  ];
  const outdated = rows.flatMap((row) =>
    locales
      .filter((l) => row.byLocale[l]?.state === 'outdated')
      .map((l) => `  ${row.byLocale[l]!.id}: compare with ${row.sourceId}, update it, then set sourceHash: "${row.currentHash}"`),
  );
  if (outdated.length > 0) lines.push('Outdated translations:', ...outdated, '');
  lines.push(
    'Totals:',
    ...locales.map((l) => {
      const count = (state: TranslationState) => rows.filter((row) => row.byLocale[l]?.state === state).length;
      return `  ${l}: ${count('up-to-date')} up to date, ${count('outdated')} outdated, ${count('missing')} missing`;
    }),
  );
  return lines.join('\n');
}
