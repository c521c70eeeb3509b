import type { Diagnostic } from '../../content/diagnostic.ts';
import type { ContentLayer, CountryTranslationRecord } from '../../content/records.ts';
import { locales, defaultLocale, localeCodes, isLocale } from '../../../locales.ts';
import { contentHash } from '../../content-hash.ts';
import { translatableTexts } from '../../country-texts.ts';
import { didYouMean } from '../../content/did-you-mean.ts';
import { sizeLimits } from '../text-hygiene.ts';
import { error, positionIn, warning } from './report.ts';
import { dataFileDiagnostics } from './data-rules.ts';
import { clinicReference } from './review-rules.ts';

/**
 * Translations of country files: in a language folder, of a country that has a file, with only
 * keys that name an English text of it; an outdated one is a warning with the new hash.
 */
export function countryTranslationRules(layer: ContentLayer): Diagnostic[] {
  const countries = new Map(layer.countries.map((country) => [country.id, country]));
  const clinicIds = new Set(layer.clinics.map((clinic) => clinic.id));
  const others = localeCodes.filter((code) => code !== defaultLocale);
  return layer.countryTranslations.flatMap((record) => {
    const fileDiagnostics = dataFileDiagnostics(record);
    if (record.bytes > sizeLimits.dataFile) return fileDiagnostics;
    if (!isLocale(record.locale) || record.locale === defaultLocale) {
      const suggestion = didYouMean(record.locale, others);
      return [error(record.path, 1, 1, `Translations of a country file go in a language folder (${others.join(', ')}), but this one is in "${record.locale}".${suggestion ? ` Did you mean "${suggestion}"?` : ''} Move it to content/countries/<language>/${record.id}.yaml.`)];
    }
    const country = countries.get(record.id);
    if (!country) {
      return [error(record.path, 1, 1, `There is no content/countries/${record.id}.yaml to translate. Name the file after the country file it translates, for example content/countries/${record.locale}/it.yaml.`)];
    }
    if (record.yaml.syntaxErrors.length > 0 || !country.data) return fileDiagnostics;
    return [
      ...fileDiagnostics,
      ...clinicReference(record.path, record.yaml, 1, clinicIds),
      ...keyDiagnostics(record, country.path, translatableTexts(country.data)),
    ];
  });
}

export function keyDiagnostics(record: CountryTranslationRecord, countryPath: string, texts: ReadonlyMap<string, string>): Diagnostic[] {
  if (!record.data) return [];
  const language = isLocale(record.locale) ? locales[record.locale].label : record.locale;
  return Object.entries(record.data.texts).flatMap(([path, translated]) => {
    const english = texts.get(path);
    const { line, column } = positionIn(record.yaml, ['texts', path], 1);
    if (english === undefined) {
      const suggestion = didYouMean(path, [...texts.keys()]);
      return [
        error(record.path, line, column, `"${path}" names no English text in ${countryPath}.${suggestion ? ` Did you mean "${suggestion}"?` : ''} Check the path (\`npm run translations\` lists every text to translate), or remove it.`),
      ];
    }
    const currentHash = contentHash(english);
    if (translated.sourceHash === currentHash) return [];
    const hashAt = positionIn(record.yaml, ['texts', path, 'sourceHash'], 1);
    return [
      warning(record.path, hashAt.line, hashAt.column, `The English text at "${path}" in ${countryPath} has changed since this ${language} translation was made. Compare the two, update the translation, then set sourceHash: "${currentHash}".`),
    ];
  });
}
