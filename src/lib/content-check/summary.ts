import type { ContentLayer } from '../content/records.ts';
import type { Diagnostic } from '../content/diagnostic.ts';

/** Files the check read: pages, country and clinic files, UI strings and public files. */
export function contentFileCount(layer: ContentLayer): number {
  return layer.docs.length + layer.countries.length + layer.ratifications.length + (layer.glossary ? 1 : 0) + layer.glossaryTranslations.length + layer.practices.length + layer.practiceTranslations.length + layer.countryTranslations.length + layer.clinics.length + layer.uiStrings.length + layer.publicFiles.length;
}

/** The one line `npm run check` and the build end with. */
export function checkSummary(diagnostics: readonly Diagnostic[], files: number): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (errors > 0) return `Content check: ${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(files, 'file')}.`;
  return `Content check passed: ${plural(files, 'file')}, ${warnings === 0 ? 'no problems found' : plural(warnings, 'warning')}.`;
}
