import type { TranslationRow, TranslationState } from '../translation-status.ts';
import type { CountryTextStatus } from '../country-texts.ts';

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

/** One country file in one language, for the second part of `npm run translations`. */
export interface CountryTextRow {
  countryPath: string;
  locale: string;
  status: CountryTextStatus;
  /** The hash a translation of each outdated or missing text must record. */
  hashOf(path: string): string;
}

/** How far each country file is translated, and what to update, with the hashes to record. */
export function formatCountryTextReport(rows: readonly CountryTextRow[]): string {
  const lines = ['Country facts (content/countries/<language>/<code>.yaml): translated texts', ''];
  for (const row of rows) {
    const { translated, total, outdated, missing } = row.status;
    lines.push(`  ${row.countryPath} in ${row.locale}: ${translated} of ${total} up to date, ${outdated.length} outdated, ${missing.length} missing`);
  }
  const outdated = rows.flatMap((row) => row.status.outdated.map((path) => `  content/countries/${row.locale}/${row.countryPath.split('/').pop()}: "${path}" changed in English; update it, then set sourceHash: "${row.hashOf(path)}"`));
  if (outdated.length > 0) lines.push('', 'Outdated country texts:', ...outdated);
  return lines.join('\n');
}
