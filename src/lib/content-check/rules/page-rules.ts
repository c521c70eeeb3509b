import { posix } from 'node:path';
import type { Diagnostic } from '../../content/diagnostic.ts';
import type { ContentLayer, DocRecord } from '../../content/records.ts';
import { attachmentSchema, pageKindTable, translationOfSchema } from '../../../schemas/page.ts';
import { countryCodeSchema } from '../../../schemas/common.ts';
import { pageKindSchema } from '../../../schemas/vocab.ts';
import { locales, defaultLocale, localeCodes } from '../../../locales.ts';
import { contentHash } from '../../content-hash.ts';
import { customRoutes, dataFiles } from '../../site-routes.ts';
import { localizedPath, splitDocsId } from '../../localized-pages.ts';
import { didYouMean } from '../../content/did-you-mean.ts';
import { parseBody } from '../../content/parse-body.ts';
import { findUnsafeContent } from '../mdx-safety.ts';
import { findLinkProblems, type SiteMap } from '../links.ts';
import { sizeLimitMessage, sizeLimits } from '../text-hygiene.ts';
import { error, fieldValue, placeholderWarnings, positionIn, textDiagnostics, warning } from './report.ts';
import { clinicReference, overdueReview } from './review-rules.ts';
import { z } from 'astro/zod';
import { findInvisibleCharacter } from '../../../schemas/invisible-characters.ts';

interface PageContext {
  clinicIds: ReadonlySet<string>;
  countryCodes: ReadonlySet<string>;
  docsById: ReadonlyMap<string, DocRecord>;
  site: SiteMap;
  today: Date;
}

/** Every page: where it is, its frontmatter, what it refers to, and its body. */
export function pageRules(layer: ContentLayer, today: Date): Diagnostic[] {
  const context: PageContext = {
    clinicIds: new Set(layer.clinics.map((clinic) => clinic.id)),
    countryCodes: new Set(layer.countries.map((country) => country.id)),
    docsById: new Map(layer.docs.map((doc) => [doc.id, doc])),
    site: siteMap(layer),
    today,
  };
  return layer.docs.flatMap((doc) => pageDiagnostics(doc, context));
}

function pageDiagnostics(doc: DocRecord, context: PageContext): Diagnostic[] {
  if (!Object.hasOwn(locales, doc.locale)) {
    const suggestion = didYouMean(doc.locale, localeCodes);
    return [error(doc.path, 1, 1, `Pages must be inside a language folder (${localeCodes.join(', ')}), but this one is in "${doc.locale}".${suggestion ? ` Did you mean "${suggestion}"?` : ''} Move the file into content/docs/<language>/.`)];
  }
  if (doc.bytes > sizeLimits.page) return [error(doc.path, 1, 1, sizeLimitMessage(doc.bytes, sizeLimits.page, 'a page'))];
  const diagnostics: Diagnostic[] = [];
  if (doc.yaml === undefined) {
    diagnostics.push(error(doc.path, 1, 1, 'This page has no frontmatter. Start the file with a block between two "---" lines that gives at least "title" and "kind".'));
  } else {
    diagnostics.push(...doc.problems);
    if (doc.yaml.syntaxErrors.length === 0) diagnostics.push(...textDiagnostics(doc.path, doc.yaml, doc.yamlStartLine), ...references(doc, context));
  }
  diagnostics.push(
    ...body(doc, context.site),
    ...placeholderWarnings(doc.path, doc.yaml?.text ?? '', doc.yamlStartLine, 'yaml'),
    ...placeholderWarnings(doc.path, doc.body, doc.bodyStartLine, 'markdown'),
  );
  return diagnostics;
}

/**
 * What the frontmatter refers to: a clinic, a country file, attachments, the page it translates.
 * Each field is read through its own schema, so a reference is checked even while another field
 * has a problem, and the student sees everything at once.
 */
function references(doc: DocRecord, context: PageContext): Diagnostic[] {
  const source = doc.yaml!;
  const at = (path: readonly PropertyKey[]) => positionIn(source, path, doc.yamlStartLine);
  const diagnostics: Diagnostic[] = [
    ...unknownFields(doc),
    ...clinicReference(doc.path, source, doc.yamlStartLine, context.clinicIds, ['translationOf', 'reviewedBy']),
  ];
  if (fieldValue(source, ['kind'], pageKindSchema) !== 'page') {
    diagnostics.push(...clinicReference(doc.path, source, doc.yamlStartLine, context.clinicIds));
    const country = fieldValue(source, ['country'], countryCodeSchema);
    if (country !== undefined && !context.countryCodes.has(country)) {
      const { line, column } = at(['country']);
      diagnostics.push(error(doc.path, line, column, `"country: ${country}" has no country file. Use a code that has a file in content/countries/ (${[...context.countryCodes].sort().join(', ')}), or add content/countries/${country}.yaml first.`));
    }
    diagnostics.push(...overdueReview(doc.path, source, doc.yamlStartLine, context.today));
  }
  const attachments = fieldValue(source, ['attachments'], z.array(z.unknown())) ?? [];
  attachments.forEach((_, index) => {
    // A path of the wrong form is already reported by the schema.
    const file = fieldValue(source, ['attachments', index, 'file'], attachmentSchema.shape.file);
    if (file === undefined || context.site.publicFiles.has(file)) return;
    const { line, column } = at(['attachments', index, 'file']);
    diagnostics.push(error(doc.path, line, column, `The file "${file}" listed under "attachments" does not exist. Put it in public${file}, or correct the path.`));
  });
  const target = fieldValue(source, ['translationOf', 'source'], translationOfSchema.shape.source);
  if (target !== undefined) {
    const { line, column } = at(['translationOf', 'source']);
    const expected = `${defaultLocale}/${doc.id.split('/').slice(1).join('/')}`;
    const original = context.docsById.get(target);
    if (!original) {
      diagnostics.push(error(doc.path, line, column, `"translationOf.source" points at "${target}", which is not a page. Write the path of the original under content/docs without the extension, for example "${expected}".`));
    } else if (!target.startsWith(`${defaultLocale}/`)) {
      diagnostics.push(error(doc.path, line, column, `"translationOf.source" must point at the ${locales[defaultLocale].label} original (a path starting with "${defaultLocale}/"), not at another translation.`));
    } else {
      const currentHash = contentHash(original.body);
      const recorded = fieldValue(source, ['translationOf', 'sourceHash'], translationOfSchema.shape.sourceHash);
      if (recorded !== undefined && recorded !== currentHash) {
        const hashAt = at(['translationOf', 'sourceHash']);
        diagnostics.push(warning(doc.path, hashAt.line, hashAt.column, `The original (${original.path}) has changed since this translation was made. Compare the two, update the translation, then set sourceHash: "${currentHash}".`));
      }
    }
  }
  return diagnostics;
}

/** Fields the page may have: Starlight's title and description, and its kind's own fields. */
const starlightFields: readonly string[] = ['title', 'description'];

/**
 * Starlight reads many more fields (head, banner, hero, slug, editUrl…), and some of them put
 * markup or scripts into the page or move it to another address: a contributed page may use only
 * the fields the site's schema describes.
 */
function unknownFields(doc: DocRecord): Diagnostic[] {
  const source = doc.yaml!;
  const kind = fieldValue(source, ['kind'], pageKindSchema);
  if (kind === undefined || source.data === null || typeof source.data !== 'object') return [];
  // Only plain pages (the home pages) may have a hero; its parts are checked by the schema.
  const allowed = new Set([...starlightFields, ...(kind === 'page' ? ['hero'] : []), ...Object.keys(pageKindTable[kind].frontmatter.shape)]);
  return Object.keys(source.data)
    .filter((field) => !allowed.has(field))
    .map((field) => {
      const { line, column } = positionIn(source, [field], doc.yamlStartLine);
      const suggestion = didYouMean(field, [...allowed]);
      return error(doc.path, line, column, `"${field}" is not a field pages of this site may have.${suggestion ? ` Did you mean "${suggestion}"?` : ''} Remove it; a ${kind} may have: ${[...allowed].join(', ')}.`);
    });
}

/**
 * Text with none of these has no link, image, HTML, component, expression, import, export or
 * ":::" box, so unless it holds an invisible character there is nothing for the body rules to
 * look at and parsing can be skipped.
 */
const bodySyntax = /[<>{}[\]]|:::|\b(javascript|data|vbscript):|^\s*(import|export)\b/im;

function body(doc: DocRecord, site: SiteMap): Diagnostic[] {
  if (!bodySyntax.test(doc.body) && !findInvisibleCharacter(doc.body)) return [];
  const parsed = parseBody(doc.body, doc.format);
  const toFile = (line: number) => line + doc.bodyStartLine - 1;
  if ('error' in parsed) return [error(doc.path, toFile(parsed.error.line), parsed.error.column, parsed.error.message)];
  return [...findUnsafeContent(parsed.tree), ...findLinkProblems(parsed.tree, site, posix.dirname(doc.path))].map((finding) =>
    error(doc.path, toFile(finding.line), finding.column, finding.message),
  );
}

/** Every address a link may point at: pages (with English fallbacks), custom routes, public files. */
function siteMap(layer: ContentLayer): SiteMap {
  const countryCodes = layer.countries.map((country) => country.id);
  const pages = new Set<string>(customRoutes(localeCodes, countryCodes));
  for (const doc of layer.docs) {
    const parts = splitDocsId(doc.id, localeCodes);
    if (!parts) continue;
    // Every English page is built in every language, translated or not.
    const inLocales = parts.locale === defaultLocale ? localeCodes : [parts.locale];
    for (const locale of inLocales) pages.add(localizedPath(locale, parts.slug));
  }
  const files = new Set(layer.contentAndPublicPaths);
  return {
    pages,
    publicFiles: new Set([...layer.publicFiles.map((file) => file.address), ...dataFiles(countryCodes)]),
    fileExists: (path) => files.has(posix.normalize(path)),
    glossaryTerms: new Set(layer.glossary?.data?.terms.map((term) => term.id) ?? []),
  };
}
