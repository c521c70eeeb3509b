import type { Diagnostic } from '../../content/diagnostic.ts';
import { error } from './report.ts';

export const codeownersPath = '.github/CODEOWNERS';

/**
 * GitHub asks a country's clinic to review changes only if .github/CODEOWNERS names it; the file
 * is written from the content, so a new clinic or country needs it written again.
 */
export function codeownersRule(expected: string, actual: string | undefined): Diagnostic[] {
  if (actual === expected) return [];
  return [
    error(
      codeownersPath,
      1,
      1,
      `${actual === undefined ? 'This file is missing' : 'This file no longer matches the clinics and countries'}: GitHub would not ask the right clinic to review changes. Run \`npm run codeowners\` and add the file it writes to your pull request.`,
    ),
  ];
}
