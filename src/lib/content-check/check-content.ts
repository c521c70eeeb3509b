import { readFile } from 'node:fs/promises';
import { isCountryCode, countryCodeHints } from '../../schemas/country-codes.ts';
import { invisibleCharacterMessage } from '../../schemas/invisible-characters.ts';
import { findBadNames, findCaseCollisions } from './file-names.ts';
import { listAllFiles, listLinks } from './repository-files.ts';
import { publicFileProblems } from './public-files.ts';
import { findTextProblems, sizeLimitMessage, sizeLimits, unencryptedAddressMessage } from './text-hygiene.ts';
import { containsMarkup, markupMessage, placeholderProblem } from './ui-string-rules.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { attachmentSchema, pageFrontmatterSchema } from '../../schemas/page.ts';
import { countrySchema } from '../../schemas/country.ts';
import { clinicSchema } from '../../schemas/clinic.ts';
import { uiStringsSchema } from '../../schemas/ui-strings.ts';
import { pageKinds } from '../../schemas/vocab.ts';
import { parseCalendarDay } from '../../schemas/common.ts';
import { locales, defaultLocale } from '../../locales.ts';
import { customRoutes, dataFiles } from '../site-routes.ts';
import { localizedPath, splitDocsId } from '../localized-pages.ts';
import { isReviewOverdue, reviewDue, reviewIntervalMonths } from '../review-freshness.ts';
import { contentHash } from '../content-hash.ts';
import { isoDay } from '../dates.ts';
import { compareDiagnostics, type Diagnostic } from './diagnostic.ts';
import { describeIssue } from './describe-issue.ts';
import { parseYamlSource, type YamlSource } from './yaml-source.ts';
import { didYouMean } from './did-you-mean.ts';
import { readContent, type ContentFiles, type DocFile } from './read-content.ts';
import { parseBody } from './parse-body.ts';
import { findUnsafeContent } from './mdx-safety.ts';
import { findLinkProblems, type SiteMap } from './links.ts';

/** Starlight requires a title; everything else comes from our schema. */
const docsFrontmatterSchema = z.intersection(
  z.object({ title: z.string({ error: 'Every page needs a "title".' }).min(1) }),
  pageFrontmatterSchema,
);

export interface CheckOptions {
  /** The project root: the folder that holds `content/`. */
  root: string;
  /** The day reviews are judged against; today unless a test fixes it. */
  today?: Date;
}

const localeCodes = Object.keys(locales);

/**
 * Reads every content file under `<root>/content` and reports every problem at once.
 * The same function serves `npm run check` and the build (see src/integrations/content-check.ts).
 */
export async function checkContent({ root, today = new Date() }: CheckOptions): Promise<Diagnostic[]> {
  const content = await readContent(root);
  const diagnostics: Diagnostic[] = [];
  const clinicIds = new Set(content.clinics.map((c) => c.id));
  const countryCodes = new Set(content.countries.map((c) => c.id));
  const docIds = new Set(content.docs.map((d) => d.id));
  const site = siteMap(content);

  diagnostics.push(...(await checkFileNames(root)), ...(await checkPublicFiles(root)));

  for (const clinic of content.clinics) {
    diagnostics.push(...checkDataFile(clinic.path, clinic.text, clinic.bytes, clinicSchema));
  }

  for (const country of content.countries) {
    if (!isCountryCode(country.id)) {
      const hint = countryCodeHints[country.id];
      diagnostics.push(
        error(country.path, 1, 1, `The file name "${country.id}" is not a country code. Name the file with the two-letter ISO code in lower case${hint ? `: for this country, "${hint}.yaml"` : ', for example "it.yaml"'}.`),
      );
    }
    const source = parseYamlSource(country.text);
    diagnostics.push(...checkDataFile(country.path, country.text, country.bytes, countrySchema, source));
    if (source.syntaxErrors.length === 0) {
      diagnostics.push(...checkClinicReference(country.path, source, ['reviewedBy'], clinicIds, 1));
      diagnostics.push(...reviewWarning(country.path, source, 1, today));
    }
  }

  diagnostics.push(...(await checkUiStrings(root)));

  const docsById = new Map(content.docs.map((doc) => [doc.id, doc]));
  for (const doc of content.docs) {
    diagnostics.push(...checkDoc(doc, { clinicIds, countryCodes, docIds, docsById, site, today, root }));
  }

  return diagnostics.sort(compareDiagnostics);
}

interface DocContext {
  clinicIds: ReadonlySet<string>;
  countryCodes: ReadonlySet<string>;
  docIds: ReadonlySet<string>;
  docsById: ReadonlyMap<string, DocFile>;
  site: SiteMap;
  today: Date;
  root: string;
}

function checkDoc(doc: DocFile, context: DocContext): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const locale = doc.id.split('/')[0] ?? '';
  if (!Object.hasOwn(locales, locale)) {
    const suggestion = didYouMean(locale, localeCodes);
    return [error(doc.path, 1, 1, `Pages must be inside a language folder (${localeCodes.join(', ')}), but this one is in "${locale}".${suggestion ? ` Did you mean "${suggestion}"?` : ''} Move the file into content/docs/<language>/.`)];
  }
  if (doc.bytes > sizeLimits.page) return [error(doc.path, 1, 1, sizeLimitMessage(doc.bytes, sizeLimits.page, 'a page'))];
  if (doc.yaml === undefined) {
    diagnostics.push(error(doc.path, 1, 1, 'This page has no frontmatter. Start the file with a block between two "---" lines that gives at least "title" and "kind".'));
  } else {
    diagnostics.push(...checkFrontmatter(doc, context));
  }
  diagnostics.push(...checkBody(doc, context));
  diagnostics.push(
    ...placeholderWarnings(doc.path, doc.yaml ?? '', doc.yamlStartLine, 'yaml'),
    ...placeholderWarnings(doc.path, doc.body, doc.bodyStartLine, 'markdown'),
  );
  return diagnostics;
}

/** The marker `npm run new` puts where the author has to write something. */
export const placeholderMarker = '[FILL IN';

/** Scaffolded text nobody has replaced yet: allowed while writing, flagged until done. */
function placeholderWarnings(file: string, text: string, startLine: number, language: 'yaml' | 'markdown'): Diagnostic[] {
  const found: Diagnostic[] = [];
  text.split('\n').forEach((line, offset) => {
    const column = line.indexOf(placeholderMarker);
    // A YAML comment may mention the marker ("Replace every [FILL IN …]") without being one.
    if (column < 0 || (language === 'yaml' && line.trimStart().startsWith('#'))) return;
    found.push(warning(file, startLine + offset, column + 1, `This is still a placeholder from "npm run new". Replace "${line.slice(column).split(']')[0]}]" with the real text.`));
  });
  return found;
}

function checkFrontmatter(doc: DocFile, context: DocContext): Diagnostic[] {
  const offset = doc.yamlStartLine;
  const source = parseYamlSource(doc.yaml ?? '');
  const diagnostics = validateYaml(doc.path, source, docsFrontmatterSchema, offset);
  if (source.syntaxErrors.length > 0) return diagnostics;
  diagnostics.push(...textDiagnostics(doc.path, source, offset));

  // Cross-checks read the raw values, so they are reported together with any schema problem.
  const data = (source.data ?? {}) as Record<string, unknown> & { translationOf?: { source?: unknown; sourceHash?: unknown } };
  const at = (path: (string | number)[]) => {
    const { line, column } = source.positionOf(path);
    return { line: line + offset - 1, column };
  };
  if (data['kind'] !== 'page') {
    diagnostics.push(...checkClinicReference(doc.path, source, ['reviewedBy'], context.clinicIds, offset));
    const country = data['country'];
    if (typeof country === 'string' && /^[a-z]{2}$/.test(country) && !context.countryCodes.has(country)) {
      const { line, column } = at(['country']);
      diagnostics.push(error(doc.path, line, column, `"country: ${country}" has no country file. Use a code that has a file in content/countries/ (${[...context.countryCodes].sort().join(', ')}), or add content/countries/${country}.yaml first.`));
    }
    diagnostics.push(...reviewWarning(doc.path, source, offset, context.today));
  }
  const attachments = Array.isArray(data['attachments']) ? (data['attachments'] as unknown[]) : [];
  attachments.forEach((attachment, index) => {
    const file = (attachment as { file?: unknown } | null)?.file;
    // A path of the wrong form is already reported by the schema.
    if (!attachmentSchema.shape.file.safeParse(file).success || context.site.publicFiles.has(file as string)) return;
    const { line, column } = at(['attachments', index, 'file']);
    diagnostics.push(error(doc.path, line, column, `The file "${file}" listed under "attachments" does not exist. Put it in public${file}, or correct the path.`));
  });
  const target = data.translationOf?.source;
  if (typeof target === 'string') {
    const { line, column } = at(['translationOf', 'source']);
    const expected = `${defaultLocale}/${doc.id.split('/').slice(1).join('/')}`;
    if (!context.docIds.has(target)) {
      diagnostics.push(error(doc.path, line, column, `"translationOf.source" points at "${target}", which is not a page. Write the path of the original under content/docs without the extension, for example "${expected}".`));
    } else if (!target.startsWith(`${defaultLocale}/`)) {
      diagnostics.push(error(doc.path, line, column, `"translationOf.source" must point at the ${locales[defaultLocale].label} original (a path starting with "${defaultLocale}/"), not at another translation.`));
    } else {
      const sourceDoc = context.docsById.get(target)!;
      const currentHash = contentHash(sourceDoc.body);
      if (typeof data.translationOf?.sourceHash === 'string' && data.translationOf.sourceHash !== currentHash) {
        const hashAt = at(['translationOf', 'sourceHash']);
        diagnostics.push(warning(doc.path, hashAt.line, hashAt.column, `The original (${sourceDoc.path}) has changed since this translation was made. Compare the two, update the translation, then set sourceHash: "${currentHash}".`));
      }
    }
  }
  return diagnostics;
}

/**
 * Text with none of these has no link, image, HTML, component, expression, import, export or
 * ":::" box, so there is nothing for the body rules to look at and parsing can be skipped.
 */
const bodySyntax = /[<>{}[\]]|:::|\b(javascript|data|vbscript):|^\s*(import|export)\b/im;

function checkBody(doc: DocFile, context: DocContext): Diagnostic[] {
  if (!bodySyntax.test(doc.body)) return [];
  const parsed = parseBody(doc.body, doc.format);
  const toFile = (line: number) => line + doc.bodyStartLine - 1;
  if ('error' in parsed) {
    return [error(doc.path, toFile(parsed.error.line), parsed.error.column, parsed.error.message)];
  }
  const pageDir = join(context.root, doc.path, '..');
  return [...findUnsafeContent(parsed.tree), ...findLinkProblems(parsed.tree, context.site, pageDir)].map((finding) =>
    error(doc.path, toFile(finding.line), finding.column, finding.message),
  );
}

/** A page or country whose review is older than the review interval: readers see a notice too. */
function reviewWarning(file: string, source: YamlSource, offset: number, today: Date): Diagnostic[] {
  const raw = source.document.get('lastReviewed');
  const lastReviewed = raw instanceof Date ? raw : typeof raw === 'string' ? parseCalendarDay(raw) : undefined;
  if (!lastReviewed || !isReviewOverdue(lastReviewed, today)) return [];
  const { line, column } = source.positionOf(['lastReviewed']);
  return [
    warning(file, line + offset - 1, column, `The last review (${isoDay(lastReviewed)}) is more than ${reviewIntervalMonths} months old: it was due on ${isoDay(reviewDue(lastReviewed))}. Ask the reviewing clinic to check the content against the current law, then update "lastReviewed".`),
  ];
}

/** Every address a link may point at: pages (with English fallbacks), custom routes, public files. */
function siteMap(content: ContentFiles): SiteMap {
  const countryCodes = content.countries.map((country) => country.id);
  const pages = new Set<string>(customRoutes(localeCodes, countryCodes));
  for (const doc of content.docs) {
    const parts = splitDocsId(doc.id, localeCodes);
    if (!parts) continue;
    // Every English page is built in every language, translated or not.
    const inLocales = parts.locale === defaultLocale ? localeCodes : [parts.locale];
    for (const locale of inLocales) pages.add(localizedPath(locale, parts.slug));
  }
  return { pages, publicFiles: new Set([...content.publicFiles, ...dataFiles(countryCodes)]), fileExists: existsSync };
}

/** A clinic or country file: its size, its schema, its text. */
function checkDataFile(file: string, text: string, bytes: number, schema: z.ZodType, source = parseYamlSource(text)): Diagnostic[] {
  if (bytes > sizeLimits.dataFile) return [error(file, 1, 1, sizeLimitMessage(bytes, sizeLimits.dataFile, 'a data file'))];
  const diagnostics = validateYaml(file, source, schema, 1);
  if (source.syntaxErrors.length === 0) diagnostics.push(...textDiagnostics(file, source, 1));
  diagnostics.push(...placeholderWarnings(file, text, 1, 'yaml'));
  return diagnostics;
}

/** Invisible characters anywhere in a YAML or JSON file's values, and unencrypted addresses. */
function textDiagnostics(file: string, source: YamlSource, offset: number): Diagnostic[] {
  return findTextProblems(source.data).map((finding) => {
    const { line, column } = source.positionOf(finding.path);
    const at = line + offset - 1;
    return finding.kind === 'invisible'
      ? error(file, at, column, `"${fieldNameOf(finding.path)}": ${invisibleCharacterMessage(finding.character!)}`)
      : warning(file, at, column, unencryptedAddressMessage(String(valueAt(source.data, finding.path))));
  });
}

function fieldNameOf(path: readonly (string | number)[]): string {
  return path.reduce<string>((name, key) => (typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${key}` : key), '');
}

/** Every language's interface texts: complete, plain text, with the English placeholders. */
async function checkUiStrings(root: string): Promise<Diagnostic[]> {
  const diagnostics: Diagnostic[] = [];
  const englishPath = `content/i18n/${locales[defaultLocale].lang}.json`;
  const englishSource = parseYamlSource(await readFile(join(root, englishPath), 'utf8').catch(() => '{}'));
  const english = (englishSource.data ?? {}) as Record<string, unknown>;
  for (const [code, { lang }] of Object.entries(locales)) {
    const path = `content/i18n/${lang}.json`;
    const raw = await readFile(join(root, path), 'utf8').catch(() => undefined);
    if (raw === undefined) {
      diagnostics.push(error(path, 1, 1, `The language "${code}" has no UI strings. Copy ${englishPath} to ${lang}.json and translate every value.`));
      continue;
    }
    const bytes = Buffer.byteLength(raw);
    if (bytes > sizeLimits.uiStrings) {
      diagnostics.push(error(path, 1, 1, sizeLimitMessage(bytes, sizeLimits.uiStrings, 'a file of interface texts')));
      continue;
    }
    // JSON is YAML, and the YAML parser gives positions for both.
    const source = parseYamlSource(raw.replace(/^\uFEFF/, ''));
    diagnostics.push(...validateYaml(path, source, uiStringsSchema, 1));
    if (source.syntaxErrors.length > 0) continue;
    diagnostics.push(...textDiagnostics(path, source, 1));
    for (const [key, value] of Object.entries((source.data ?? {}) as Record<string, unknown>)) {
      if (typeof value !== 'string') continue;
      const { line, column } = source.positionOf([key]);
      if (!/[<>]/.test(value) && containsMarkup(value)) diagnostics.push(error(path, line, column, `"${key}": ${markupMessage}`));
      const original = english[key];
      const problem = typeof original === 'string' && code !== defaultLocale ? placeholderProblem(original, value) : undefined;
      if (problem) diagnostics.push(error(path, line, column, `"${key}": ${problem}`));
    }
  }
  return diagnostics;
}

/** Names under content/ and public/, and names anywhere that clash on case-insensitive disks. */
async function checkFileNames(root: string): Promise<Diagnostic[]> {
  const uiStringFiles = new Set(Object.values(locales).map(({ lang }) => `${lang}.json`));
  const named = [...(await listAllFiles(root, 'content')), ...(await listAllFiles(root, 'public'))];
  const links = [...(await listLinks(root, 'content')), ...(await listLinks(root, 'public'))].map((file) => ({ file, message: linkMessage }));
  return [...links, ...findBadNames(named, uiStringFiles), ...findCaseCollisions(await listAllFiles(root))].map((finding) => error(finding.file, 1, 1, finding.message));
}

const linkMessage =
  'This is a link to another file or folder (a "symbolic link"), not a file of its own: the site would read or publish whatever it points at. Replace the link with the file itself.';

/** Every file in public/, hidden ones too: each is published from the site's own address. */
async function checkPublicFiles(root: string): Promise<Diagnostic[]> {
  const diagnostics: Diagnostic[] = [];
  for (const path of await listAllFiles(root, 'public')) {
    const bytes = await readFile(join(root, path));
    for (const message of publicFileProblems(path, bytes)) diagnostics.push(error(path, 1, 1, message));
  }
  return diagnostics;
}

function checkClinicReference(file: string, source: YamlSource, path: string[], clinicIds: ReadonlySet<string>, offset: number): Diagnostic[] {
  const id = source.document.getIn(path);
  if (typeof id !== 'string' || clinicIds.has(id)) return [];
  const { line, column } = source.positionOf(path);
  const suggestion = didYouMean(id, [...clinicIds]);
  return [
    error(file, line + offset - 1, column, `"${path.join('.')}: ${id}" names no clinic.${suggestion ? ` Did you mean "${suggestion}"?` : ''} Use the name of a file in content/clinics/ without ".yaml" (${[...clinicIds].sort().join(', ')}).`),
  ];
}

function validateYaml(file: string, source: YamlSource, schema: z.ZodType, offset: number): Diagnostic[] {
  const container = offset > 1 ? 'the frontmatter' : 'this file';
  if (source.syntaxErrors.length > 0) {
    // The parser often reports one mistake several times on the same line: keep the first.
    const firstPerLine = source.syntaxErrors.filter((e, i, all) => all.findIndex((o) => o.line === e.line) === i);
    return firstPerLine.map((e) => error(file, e.line + offset - 1, e.column, e.message));
  }
  const result = schema.safeParse(source.data ?? {});
  if (result.success) return [];
  return flattenUnionIssues(result.error.issues)
    .map((issue) => {
      const { line, column } = source.positionOf(issue.path as PropertyKey[]);
      return error(file, line + offset - 1, column, describeIssue(issue, (path) => valueAt(source.data, path), { container, options: { kind: pageKinds } }));
    })
    .filter((d, i, all) => i === 0 || d.line !== all[i - 1]!.line || d.message !== all[i - 1]!.message);
}

/**
 * A discriminated union that found its branch reports the branch's own problems inside
 * `invalid_union`; bring them up so each is reported at its field.
 */
function flattenUnionIssues(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  return issues.flatMap((issue) => {
    if (issue.code === 'invalid_union' && issue.errors.length === 1) {
      return flattenUnionIssues(issue.errors[0]!.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] })));
    }
    return [issue];
  });
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function error(file: string, line: number, column: number, message: string): Diagnostic {
  return { file, line, column, severity: 'error', message };
}

function warning(file: string, line: number, column: number, message: string): Diagnostic {
  return { file, line, column, severity: 'warning', message };
}
