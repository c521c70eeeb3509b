import type { Diagnostic } from '../../content/diagnostic.ts';
import type { ContentLayer } from '../../content/records.ts';
import { defaultLocale, isLocale, localeCodes } from '../../../locales.ts';
import { glossaryTexts } from '../../../schemas/glossary.ts';
import { didYouMean } from '../../content/did-you-mean.ts';
import { sizeLimits } from '../text-hygiene.ts';
import { error } from './report.ts';
import { dataFileDiagnostics } from './data-rules.ts';
import { clinicReference } from './review-rules.ts';
import { keyDiagnostics } from './country-translation-rules.ts';

export const glossaryPath = 'content/glossary/terms.yaml';

/**
 * The glossary and its translations: the English file's schema, then each translation named by a
 * language, with only keys of English texts, outdated ones warned about with the new hash.
 */
export function glossaryRules(layer: ContentLayer): Diagnostic[] {
  const clinicIds = new Set(layer.clinics.map((clinic) => clinic.id));
  const others = localeCodes.filter((code) => code !== defaultLocale);
  const english = layer.glossary?.data ? glossaryTexts(layer.glossary.data) : undefined;
  return [
    ...(layer.glossary ? dataFileDiagnostics(layer.glossary) : []),
    ...layer.glossaryTranslations.flatMap((record) => {
      const fileDiagnostics = dataFileDiagnostics(record);
      if (record.bytes > sizeLimits.dataFile) return fileDiagnostics;
      if (!isLocale(record.locale) || record.locale === defaultLocale) {
        const suggestion = didYouMean(record.locale, others);
        return [
          error(record.path, 1, 1, `A glossary translation is named by its language (${others.map((code) => `${code}.yaml`).join(', ')}), but this one is "${record.locale}".${suggestion ? ` Did you mean "${suggestion}.yaml"?` : ''} The English glossary is terms.yaml.`),
        ];
      }
      if (record.yaml.syntaxErrors.length > 0 || !english) return fileDiagnostics;
      return [...fileDiagnostics, ...clinicReference(record.path, record.yaml, 1, clinicIds), ...keyDiagnostics(record, glossaryPath, english)];
    }),
  ];
}
