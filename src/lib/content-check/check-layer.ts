import type { ContentLayer } from '../content/records.ts';
import { compareDiagnostics, type Diagnostic } from '../content/diagnostic.ts';
import { fileNameRules, publicFileRules } from './rules/file-rules.ts';
import { dataFileRules } from './rules/data-rules.ts';
import { countryTranslationRules } from './rules/country-translation-rules.ts';
import { uiStringRules } from './rules/ui-string-rules.ts';
import { pageRules } from './rules/page-rules.ts';
import { codeownersRule } from './rules/codeowners-rule.ts';
import { glossaryRules } from './rules/glossary-rules.ts';
import { practiceRules } from './rules/practice-rules.ts';

export interface CheckOptions {
  /** The day reviews are judged against. */
  today: Date;
  /** The CODEOWNERS the content calls for, and the one in the repository, when there is one. */
  codeowners?: { expected: string; actual: string | undefined };
}

/**
 * Every problem in the content, at once, sorted by file and line: the rule modules over the
 * content layer. The same function serves `npm run check` and the build.
 */
export function checkLayer(layer: ContentLayer, { today, codeowners }: CheckOptions): Diagnostic[] {
  return [
    ...fileNameRules(layer),
    ...publicFileRules(layer),
    ...dataFileRules(layer, today),
    ...countryTranslationRules(layer),
    ...glossaryRules(layer),
    ...practiceRules(layer),
    ...uiStringRules(layer),
    ...pageRules(layer, today),
    ...(codeowners ? codeownersRule(codeowners.expected, codeowners.actual) : []),
  ].sort(compareDiagnostics);
}
