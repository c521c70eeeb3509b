import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { z } from 'astro/zod';
import { pageFrontmatterSchema } from '../../schemas/page.ts';
import { countrySchema } from '../../schemas/country.ts';
import { clinicSchema } from '../../schemas/clinic.ts';
import { uiStringsSchema } from '../../schemas/ui-strings.ts';
import { locales, defaultLocale } from '../../locales.ts';
import { compareDiagnostics, type Diagnostic } from './diagnostic.ts';
import { describeIssue } from './describe-issue.ts';
import { parseYamlSource, type YamlSource } from './yaml-source.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { didYouMean } from './did-you-mean.ts';
import { pageKinds } from '../../schemas/vocab.ts';

/** Starlight requires a title; everything else comes from our schema. */
const docsFrontmatterSchema = z.intersection(
  z.object({ title: z.string({ error: 'Every page needs a "title".' }).min(1) }),
  pageFrontmatterSchema,
);

interface CheckOptions {
  /** The project root: the folder that holds `content/`. */
  root: string;
}

/** Everything the check learns about the content while reading it, for the cross-checks. */
interface ContentIndex {
  clinicIds: Set<string>;
  countryCodes: Set<string>;
  /** Doc ids such as `en/guides/x` (no extension). */
  docIds: Set<string>;
}

/**
 * Reads every content file under `<root>/content` and reports every problem at once.
 * The same function serves `npm run check` and the build (see src/integrations/content-check.ts).
 */
export async function checkContent({ root }: CheckOptions): Promise<Diagnostic[]> {
  const diagnostics: Diagnostic[] = [];
  const rel = (path: string) => relative(root, path).split(sep).join('/');
  const contentDir = join(root, 'content');

  const clinicFiles = await listFiles(join(contentDir, 'clinics'), /\.ya?ml$/);
  const countryFiles = await listFiles(join(contentDir, 'countries'), /\.ya?ml$/);
  const docFiles = await listFiles(join(contentDir, 'docs'), /\.mdx?$/);

  const index: ContentIndex = {
    clinicIds: new Set(clinicFiles.map((f) => baseName(f))),
    countryCodes: new Set(countryFiles.map((f) => baseName(f))),
    docIds: new Set(docFiles.map((f) => rel(f).replace(/^content\/docs\//, '').replace(/\.mdx?$/, ''))),
  };

  for (const file of clinicFiles) {
    const source = parseYamlSource(await readFile(file, 'utf8'));
    diagnostics.push(...validateYaml(rel(file), source, clinicSchema, 1));
  }

  for (const file of countryFiles) {
    const code = baseName(file);
    if (!/^[a-z]{2}$/.test(code)) {
      diagnostics.push(error(rel(file), 1, 1, `The file name "${code}" is not a country code. Name the file with the two-letter ISO code in lower case, for example "it.yaml".`));
    }
    const source = parseYamlSource(await readFile(file, 'utf8'));
    const found = validateYaml(rel(file), source, countrySchema, 1);
    diagnostics.push(...found);
    if (found.length === 0) diagnostics.push(...checkClinicReference(rel(file), source, ['reviewedBy'], index, 1));
  }

  for (const [code, { lang }] of Object.entries(locales)) {
    const path = join(contentDir, 'i18n', `${lang}.json`);
    const text = await readFile(path, 'utf8').catch(() => undefined);
    if (text === undefined) {
      diagnostics.push(error(rel(path), 1, 1, `The language "${code}" has no UI strings. Copy content/i18n/en.json to ${lang}.json and translate every value.`));
      continue;
    }
    // JSON is YAML, and the YAML parser gives positions for both.
    diagnostics.push(...validateYaml(rel(path), parseYamlSource(text), uiStringsSchema, 1));
  }

  for (const file of docFiles) {
    diagnostics.push(...(await checkDocsFile(file, rel(file), index)));
  }

  return diagnostics.sort(compareDiagnostics);
}

async function checkDocsFile(file: string, relPath: string, index: ContentIndex): Promise<Diagnostic[]> {
  const docId = relPath.replace(/^content\/docs\//, '').replace(/\.mdx?$/, '');
  const locale = docId.split('/')[0] ?? '';
  const diagnostics: Diagnostic[] = [];
  if (!Object.hasOwn(locales, locale)) {
    const suggestion = didYouMean(locale, Object.keys(locales));
    diagnostics.push(error(relPath, 1, 1, `Pages must be inside a language folder (${Object.keys(locales).join(', ')}), but this one is in "${locale}".${suggestion ? ` Did you mean "${suggestion}"?` : ''} Move the file into content/docs/<language>/.`));
    return diagnostics;
  }
  const split = splitFrontmatter(await readFile(file, 'utf8'));
  if (split.yaml === undefined) {
    diagnostics.push(error(relPath, 1, 1, 'This page has no frontmatter. Start the file with a block between two "---" lines that gives at least "title" and "kind".'));
    return diagnostics;
  }
  const offset = split.yamlStartLine;
  const source = parseYamlSource(split.yaml);
  diagnostics.push(...validateYaml(relPath, source, docsFrontmatterSchema, offset));
  if (source.syntaxErrors.length > 0) return diagnostics;

  // Cross-checks read the raw values, so they are reported together with any schema problem.
  const data = (source.data ?? {}) as Partial<Record<string, unknown>> & {
    translationOf?: { source?: unknown };
  };
  if (data['kind'] !== 'page') {
    diagnostics.push(...checkClinicReference(relPath, source, ['reviewedBy'], index, offset));
    if (typeof data['country'] === 'string' && /^[a-z]{2}$/.test(data['country']) && !index.countryCodes.has(data['country'])) {
      const { line, column } = source.positionOf(['country']);
      diagnostics.push(error(relPath, line + offset - 1, column, `"country: ${data['country']}" has no country file. Use a code that has a file in content/countries/ (${[...index.countryCodes].sort().join(', ')}), or add content/countries/${data['country']}.yaml first.`));
    }
  }
  const target = data.translationOf?.source;
  if (typeof target === 'string') {
    const { line, column } = source.positionOf(['translationOf', 'source']);
    if (!index.docIds.has(target)) {
      diagnostics.push(error(relPath, line + offset - 1, column, `"translationOf.source" points at "${target}", which is not a page. Write the path of the original under content/docs without the extension, for example "${defaultLocale}/${docId.split('/').slice(1).join('/')}".`));
    } else if (!target.startsWith(`${defaultLocale}/`)) {
      diagnostics.push(error(relPath, line + offset - 1, column, `"translationOf.source" must point at the ${locales[defaultLocale].label} original (a path starting with "${defaultLocale}/"), not at another translation.`));
    }
  }
  return diagnostics;
}

function checkClinicReference(file: string, source: YamlSource, path: string[], index: ContentIndex, offset: number): Diagnostic[] {
  const id = source.document.getIn(path);
  if (typeof id !== 'string' || index.clinicIds.has(id)) return [];
  const { line, column } = source.positionOf(path);
  const suggestion = didYouMean(id, [...index.clinicIds]);
  return [
    error(file, line + offset - 1, column, `"${path.join('.')}: ${id}" names no clinic.${suggestion ? ` Did you mean "${suggestion}"?` : ''} Use the name of a file in content/clinics/ without ".yaml" (${[...index.clinicIds].sort().join(', ')}).`),
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
  return flattenUnionIssues(result.error.issues, source.data).map((issue) => {
    const { line, column } = source.positionOf(issue.path as PropertyKey[]);
    return error(file, line + offset - 1, column, describeIssue(issue, (path) => valueAt(source.data, path), { container, options: { kind: pageKinds } }));
  }).filter((d, i, all) => i === 0 || d.line !== all[i - 1]!.line || d.message !== all[i - 1]!.message);
}

/**
 * A discriminated union that found its branch reports the branch's own problems inside
 * `invalid_union`; bring them up so each is reported at its field.
 */
function flattenUnionIssues(issues: readonly z.core.$ZodIssue[], data: unknown): z.core.$ZodIssue[] {
  return issues.flatMap((issue) => {
    if (issue.code === 'invalid_union' && issue.errors.length === 1) {
      return flattenUnionIssues(
        issue.errors[0]!.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] })),
        data,
      );
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

function baseName(path: string): string {
  return path.split(/[\\/]/).pop()!.replace(/\.[^.]+$/, '');
}

async function listFiles(dir: string, pattern: RegExp): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile() && pattern.test(entry.name) && !entry.name.startsWith('_'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
