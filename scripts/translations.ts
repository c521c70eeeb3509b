/** `npm run translations`: which pages are translated, outdated or missing in each language. */
import { readContent } from '../src/lib/content-check/read-content.ts';
import { pageRecords } from '../src/lib/content-check/page-records.ts';
import { translationStatus } from '../src/lib/translation-status.ts';
import { formatTranslationReport } from '../src/lib/reports/translation-report.ts';
import { localeCodes, defaultLocale } from '../src/locales.ts';

const pages = pageRecords(await readContent(process.cwd())).map((record) => ({
  id: record.id,
  body: record.body,
  translationOf: record.data['translationOf'] as { source: string; sourceHash: string } | undefined,
}));
const others = localeCodes.filter((code) => code !== defaultLocale);
console.log(formatTranslationReport(translationStatus(pages, localeCodes, defaultLocale), others));
