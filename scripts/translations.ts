/** `npm run translations`: which pages are translated, outdated or missing in each language. */
import { loadContent } from '../src/tooling/load-content.ts';
import { translationStatus } from '../src/lib/translation-status.ts';
import { formatCountryTextReport, formatTranslationReport } from '../src/lib/reports/translation-report.ts';
import { countryTextStatus, translatableTexts } from '../src/lib/country-texts.ts';
import { contentHash } from '../src/lib/content-hash.ts';
import { localeCodes, defaultLocale } from '../src/locales.ts';

const { docs, countries, countryTranslations } = await loadContent(process.cwd());
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
console.log(`\n${formatCountryTextReport(countryRows)}`);
