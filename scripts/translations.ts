/** `npm run translations`: which pages are translated, outdated or missing in each language. */
import { loadContent } from '../src/tooling/load-content.ts';
import { translationStatus } from '../src/lib/translation-status.ts';
import { formatCountryTextReport, formatTranslationReport } from '../src/lib/reports/translation-report.ts';
import { countryTextStatus, textStatus, translatableTexts } from '../src/lib/country-texts.ts';
import { glossaryTexts } from '../src/schemas/glossary.ts';
import { practiceTexts } from '../src/schemas/practice.ts';
import { contentHash } from '../src/lib/content-hash.ts';
import { localeCodes, defaultLocale } from '../src/locales.ts';

const { docs, countries, countryTranslations, glossary, glossaryTranslations, practices, practiceTranslations } = await loadContent(process.cwd());
const pages = docs.map((doc) => ({ id: doc.id, body: doc.body, translationOf: doc.frontmatter?.translationOf }));
const others = localeCodes.filter((code) => code !== defaultLocale);
console.log(formatTranslationReport(translationStatus(pages, localeCodes, defaultLocale), others));

const translationsById = new Map(countryTranslations.map((record) => [`${record.locale}/${record.id}`, record.data]));
const countryRows = countries.flatMap((country) => {
  const data = country.data;
  if (!data) return [];
  const texts = translatableTexts(data);
  return others.map((locale) => ({
    countryPath: country.path,
    locale,
    status: countryTextStatus(data, translationsById.get(`${locale}/${country.id}`)),
    hashOf: (path: string) => contentHash(texts.get(path) ?? ''),
  }));
});
// The glossary and the good practices are translated text by text, like country files.
const textRows = (path: string, texts: ReadonlyMap<string, string>, translations: typeof glossaryTranslations) =>
  others.map((locale) => ({
    countryPath: path,
    locale,
    status: textStatus(texts, translations.find((record) => record.locale === locale)?.data),
    hashOf: (key: string) => contentHash(texts.get(key) ?? ''),
  }));
const glossaryRows = glossary?.data ? textRows(glossary.path, glossaryTexts(glossary.data), glossaryTranslations) : [];
const practiceRows = textRows('content/practices/', new Map(practices.flatMap((record) => (record.data ? practiceTexts(record.id, record.data) : []))), practiceTranslations);
console.log(`\n${formatCountryTextReport([...countryRows, ...glossaryRows, ...practiceRows])}`);
