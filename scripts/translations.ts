/** `npm run translations`: which pages are translated, outdated or missing in each language. */
import { loadContent } from '../src/tooling/load-content.ts';
import { translationStatus } from '../src/lib/translation-status.ts';
import { formatTranslationReport } from '../src/lib/reports/translation-report.ts';
import { localeCodes, defaultLocale } from '../src/locales.ts';

const { docs } = await loadContent(process.cwd());
const pages = docs.map((doc) => ({ id: doc.id, body: doc.body, translationOf: doc.frontmatter?.translationOf }));
const others = localeCodes.filter((code) => code !== defaultLocale);
console.log(formatTranslationReport(translationStatus(pages, localeCodes, defaultLocale), others));
