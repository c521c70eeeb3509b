import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { locales } from '../locales.ts';
import { parseClinic, parseCountry, parseGlossary, parseLanguageFile, parsePractice, parseRatifications, parseCountryTranslation, parseDoc, parseUiStrings, type ContentLayer, type SourceFile } from '../lib/content/records.ts';
import { listAllFiles, listLinks } from './repository-files.ts';

/**
 * The content layer: reads every content file under `<root>` once and parses it with the site's
 * schemas (src/lib/content/records.ts). `npm run check`, the build's check, `new`,
 * `translations`, `reviews` and `codeowners` all start here.
 */
export async function loadContent(root: string): Promise<ContentLayer> {
  const read = async (path: string): Promise<SourceFile> => {
    const buffer = await readFile(join(root, path));
    return { path, text: buffer.toString('utf8'), bytes: buffer.byteLength };
  };
  const [docs, clinics, countryFiles, ratifications, glossaryFiles, practiceFiles] = await Promise.all([
    listPublished(root, 'content/docs', /\.mdx?$/),
    listPublished(root, 'content/clinics', /\.ya?ml$/),
    listPublished(root, 'content/countries', /\.ya?ml$/),
    listPublished(root, 'content/ratifications', /\.ya?ml$/),
    listPublished(root, 'content/glossary', /\.ya?ml$/),
    listPublished(root, 'content/practices', /\.ya?ml$/),
  ]);
  // content/practices/<id>.yaml are the practices; content/practices/translations/<locale>.yaml their translations.
  const practiceTranslationFolder = 'content/practices/translations/';
  const glossaryPath = glossaryFiles.find((path) => path === 'content/glossary/terms.yaml');
  // content/countries/<iso2>.yaml are the facts; content/countries/<locale>/<iso2>.yaml their translations.
  const isTopLevel = (path: string) => path.split('/').length === 3;
  const countries = countryFiles.filter(isTopLevel);
  const countryTranslations = countryFiles.filter((path) => !isTopLevel(path));
  const uiStringFiles = Object.entries(locales).map(([code, { lang }]) => ({ code, path: `content/i18n/${lang}.json` }));
  const uiStrings = await Promise.all(uiStringFiles.map(async ({ code, path }) => ({ code, file: await read(path).catch(() => undefined) })));
  const publicPaths = await listAllFiles(root, 'public');
  return {
    docs: await Promise.all(docs.map(async (path) => parseDoc(await read(path)))),
    clinics: await Promise.all(clinics.map(async (path) => parseClinic(await read(path)))),
    countries: await Promise.all(countries.map(async (path) => parseCountry(await read(path)))),
    ratifications: await Promise.all(ratifications.map(async (path) => parseRatifications(await read(path)))),
    glossary: glossaryPath === undefined ? undefined : parseGlossary(await read(glossaryPath)),
    practices: await Promise.all(practiceFiles.filter((path) => !path.startsWith(practiceTranslationFolder)).map(async (path) => parsePractice(await read(path)))),
    practiceTranslations: await Promise.all(practiceFiles.filter((path) => path.startsWith(practiceTranslationFolder)).map(async (path) => parseLanguageFile(await read(path)))),
    glossaryTranslations: await Promise.all(glossaryFiles.filter((path) => path !== glossaryPath).map(async (path) => parseLanguageFile(await read(path)))),
    countryTranslations: await Promise.all(countryTranslations.map(async (path) => parseCountryTranslation(await read(path)))),
    uiStrings: uiStrings.flatMap(({ file }) => (file ? [parseUiStrings(file)] : [])),
    missingUiStrings: uiStrings.filter(({ file }) => !file).map(({ code }) => code),
    publicFiles: await Promise.all(
      publicPaths.map(async (path) => ({ path, address: path.slice('public'.length), content: new Uint8Array(await readFile(join(root, path))) })),
    ),
    contentAndPublicPaths: [...(await listAllFiles(root, 'content')), ...publicPaths],
    repositoryPaths: await listAllFiles(root),
    links: [...(await listLinks(root, 'content')), ...(await listLinks(root, 'public'))],
  };
}

/**
 * The files of a content folder the site publishes: Astro's loaders skip names starting with
 * "_" (drafts) or "." and follow no links, and so does this.
 */
async function listPublished(root: string, folder: string, pattern: RegExp): Promise<string[]> {
  const entries = await readdir(join(root, folder), { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile() && pattern.test(entry.name) && !entry.name.startsWith('_') && !entry.name.startsWith('.'))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}
