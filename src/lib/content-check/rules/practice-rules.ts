import type { Diagnostic } from '../../content/diagnostic.ts';
import type { ContentLayer } from '../../content/records.ts';
import { defaultLocale, isLocale, localeCodes } from '../../../locales.ts';
import { idSchema } from '../../../schemas/common.ts';
import { practiceTexts } from '../../../schemas/practice.ts';
import { didYouMean } from '../../content/did-you-mean.ts';
import { sizeLimits } from '../text-hygiene.ts';
import { error } from './report.ts';
import { dataFileDiagnostics } from './data-rules.ts';
import { clinicReference } from './review-rules.ts';
import { keyDiagnostics } from './country-translation-rules.ts';

const folder = 'content/practices';

/**
 * Good practices: each file directly in content/practices/ and named as its address will be, then
 * its schema; translations named by their language, with only keys of English texts.
 */
export function practiceRules(layer: ContentLayer): Diagnostic[] {
  const clinicIds = new Set(layer.clinics.map((clinic) => clinic.id));
  const english = new Map(layer.practices.flatMap((record) => (record.data ? practiceTexts(record.id, record.data) : [])));
  const others = localeCodes.filter((code) => code !== defaultLocale);
  return [
    ...layer.practices.flatMap((record) => {
      if (record.path !== `${folder}/${record.id}.yaml`) {
        return [error(record.path, 1, 1, `Put each practice directly in ${folder}/ (translations go in ${folder}/translations/<language>.yaml): the site does not read this file.`)];
      }
      if (!idSchema.safeParse(record.id).success) {
        return [error(record.path, 1, 1, `Name the file with lower-case words joined by hyphens, such as spain-morocco-social-security-agreement.yaml: the name becomes the practice's address.`)];
      }
      const diagnostics = dataFileDiagnostics(record);
      return record.yaml.syntaxErrors.length === 0 ? [...diagnostics, ...clinicReference(record.path, record.yaml, 1, clinicIds)] : diagnostics;
    }),
    ...layer.practiceTranslations.flatMap((record) => {
      const fileDiagnostics = dataFileDiagnostics(record);
      if (record.bytes > sizeLimits.dataFile) return fileDiagnostics;
      if (!isLocale(record.locale) || record.locale === defaultLocale) {
        const suggestion = didYouMean(record.locale, others);
        return [error(record.path, 1, 1, `Name a translation of the practices by its language (${others.map((code) => `${code}.yaml`).join(', ')}), not "${record.locale}".${suggestion ? ` Did you mean "${suggestion}.yaml"?` : ''}`)];
      }
      if (record.yaml.syntaxErrors.length > 0) return fileDiagnostics;
      return [...fileDiagnostics, ...clinicReference(record.path, record.yaml, 1, clinicIds), ...keyDiagnostics(record, `${folder}/`, english)];
    }),
  ];
}
