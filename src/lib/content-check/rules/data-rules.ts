import type { Diagnostic } from '../../content/diagnostic.ts';
import type { ContentLayer, DataRecord } from '../../content/records.ts';
import { countryCodeHints, isCountryCode } from '../../../schemas/country-codes.ts';
import { sizeLimitMessage, sizeLimits } from '../text-hygiene.ts';
import { error, placeholderWarnings, textDiagnostics } from './report.ts';
import { clinicReference, overdueReview } from './review-rules.ts';

/** Clinic and country files: size, schema, text, and for countries the file name and review. */
export function dataFileRules(layer: ContentLayer, today: Date): Diagnostic[] {
  const clinicIds = new Set(layer.clinics.map((clinic) => clinic.id));
  const countryFiles = new Set(layer.countries.map((country) => country.id));
  return [
    ...layer.ratifications.flatMap((record) => [
      ...countryFileName(record),
      ...dataFileDiagnostics(record),
      ...(countryFiles.has(record.id)
        ? [error(record.path, 1, 1, `content/countries/${record.id}.yaml already states this country's ratifications. Keep them there only, and delete this file, so that no fact is written twice.`)]
        : []),
    ]),
    ...layer.clinics.flatMap((clinic) => dataFileDiagnostics(clinic)),
    ...layer.countries.flatMap((country) => [
      ...countryFileName(country),
      ...dataFileDiagnostics(country),
      ...(country.yaml.syntaxErrors.length === 0 && country.bytes <= sizeLimits.dataFile
        ? [...clinicReference(country.path, country.yaml, 1, clinicIds), ...overdueReview(country.path, country.yaml, 1, today)]
        : []),
    ]),
  ];
}

/** Any YAML data file: its size, then its schema problems, invisible characters and placeholders. */
export function dataFileDiagnostics(record: DataRecord<unknown>): Diagnostic[] {
  if (record.bytes > sizeLimits.dataFile) return [error(record.path, 1, 1, sizeLimitMessage(record.bytes, sizeLimits.dataFile, 'a data file'))];
  return [
    ...record.problems,
    ...(record.yaml.syntaxErrors.length === 0 ? textDiagnostics(record.path, record.yaml, 1) : []),
    ...placeholderWarnings(record.path, record.text, 1, 'yaml'),
  ];
}

function countryFileName(country: DataRecord<unknown>): Diagnostic[] {
  if (isCountryCode(country.id)) return [];
  const hint = countryCodeHints[country.id];
  return [
    error(country.path, 1, 1, `The file name "${country.id}" is not a country code. Name the file with the two-letter ISO code in lower case${hint ? `: for this country, "${hint}.yaml"` : ', for example "it.yaml"'}.`),
  ];
}
