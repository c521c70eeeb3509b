import type { Diagnostic } from '../../content/diagnostic.ts';
import type { ContentLayer } from '../../content/records.ts';
import { locales, defaultLocale } from '../../../locales.ts';
import { sizeLimitMessage, sizeLimits } from '../text-hygiene.ts';
import { containsMarkup, markupMessage, placeholderProblem } from '../ui-string-text.ts';
import { error, positionIn, textDiagnostics } from './report.ts';

/** Every language's interface texts: present, complete, plain text, with the English placeholders. */
export function uiStringRules(layer: ContentLayer): Diagnostic[] {
  const englishLang = locales[defaultLocale].lang;
  const english = layer.uiStrings.find((record) => record.lang === englishLang)?.yaml.data;
  const englishTexts: Readonly<Record<string, unknown>> = english !== null && typeof english === 'object' ? { ...english } : {};
  const diagnostics: Diagnostic[] = layer.missingUiStrings.map((code) => {
    const lang = locales[code as keyof typeof locales].lang;
    return error(`content/i18n/${lang}.json`, 1, 1, `The language "${code}" has no UI strings. Copy content/i18n/${englishLang}.json to ${lang}.json and translate every value.`);
  });
  for (const record of layer.uiStrings) {
    if (record.bytes > sizeLimits.uiStrings) {
      diagnostics.push(error(record.path, 1, 1, sizeLimitMessage(record.bytes, sizeLimits.uiStrings, 'a file of interface texts')));
      continue;
    }
    diagnostics.push(...record.problems);
    if (record.yaml.syntaxErrors.length > 0) continue;
    diagnostics.push(...textDiagnostics(record.path, record.yaml, 1));
    const texts = record.yaml.data !== null && typeof record.yaml.data === 'object' ? Object.entries(record.yaml.data) : [];
    for (const [key, value] of texts) {
      if (typeof value !== 'string') continue;
      const { line, column } = positionIn(record.yaml, [key], 1);
      if (!/[<>]/.test(value) && containsMarkup(value)) diagnostics.push(error(record.path, line, column, `"${key}": ${markupMessage}`));
      const original = englishTexts[key];
      const problem = typeof original === 'string' && record.lang !== englishLang ? placeholderProblem(original, value) : undefined;
      if (problem) diagnostics.push(error(record.path, line, column, `"${key}": ${problem}`));
    }
  }
  return diagnostics;
}
