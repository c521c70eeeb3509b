import { z } from 'astro/zod';
import { pageFrontmatterSchema } from '../../schemas/page.ts';
import { countrySchema, type Country } from '../../schemas/country.ts';
import { clinicSchema, type Clinic } from '../../schemas/clinic.ts';
import { standardsCountrySchema, type StandardsCountry } from '../../schemas/ratifications.ts';
import { glossarySchema, type Glossary } from '../../schemas/glossary.ts';
import { practiceSchema, type Practice } from '../../schemas/practice.ts';
import { countryTranslationSchema, type CountryTranslation } from '../../schemas/country-translation.ts';
import { uiStringsSchema, type UiStrings } from '../../schemas/ui-strings.ts';
import { pageKinds } from '../../schemas/vocab.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { parseYamlSource, type YamlSource } from './yaml-source.ts';
import { parseWithMessages, type SchemaProblem } from './schema-messages.ts';
import type { Diagnostic } from './diagnostic.ts';
import type { BodyFormat } from './parse-body.ts';

/**
 * The content layer's records: every content file read once, with its text positions, validated
 * by the site's own schemas. Tools take these records; none reads content files itself or casts
 * their values. Reading the files is src/tooling/load-content.ts's job; this module is pure.
 */

/** A file as read from disk: where it is, its text, its size. */
export interface SourceFile {
  /** Relative to the project root, with forward slashes: `content/docs/fr/guides/x.mdx`. */
  path: string;
  text: string;
  bytes: number;
}

/**
 * Starlight renders a page's title, and a hero's tagline, as HTML when the page has a hero: so
 * they are plain text, as every title is.
 */
const plainText = z
  .string()
  .min(1)
  .refine((text) => !/[<>]/.test(text), { error: 'Write this as plain text, without "<" or ">": the site adds any formatting itself.' });

/**
 * The one Starlight field beyond title and description that pages use: the home page's hero,
 * with its tagline and links to sections. Only these parts of it, each checked.
 */
export const heroSchema = z.strictObject({
  tagline: plainText.optional(),
  actions: z
    .array(
      z.strictObject({
        text: plainText,
        link: z.string().regex(/^\/[a-z]{2}(\/[a-z0-9-]+)*\/$/, { error: 'Link to a page of this site, starting with the language and ending with "/", for example /en/guides/.' }),
        variant: z.enum(['primary', 'secondary', 'minimal']).optional(),
      }),
    )
    .default([]),
});

/** Starlight requires a title; everything else comes from our schema. */
export const docFrontmatterSchema = z.intersection(
  z.object({
    title: z
      .string({ error: 'Every page needs a "title".' })
      .min(1)
      .refine((text) => !/[<>]/.test(text), { error: 'Write the title as plain text, without "<" or ">".' }),
    description: z.string().optional(),
    hero: heroSchema.optional(),
  }),
  pageFrontmatterSchema,
);

export type DocFrontmatter = z.output<typeof docFrontmatterSchema>;

export interface DocRecord extends SourceFile {
  /** `fr/guides/x`: the path under content/docs without extension. */
  id: string;
  /** The first folder under content/docs: a locale code when the file is where it belongs. */
  locale: string;
  format: BodyFormat;
  /** The frontmatter parsed with positions, or undefined when the file has none. */
  yaml: YamlSource | undefined;
  /** Line in the file where the frontmatter's YAML starts. */
  yamlStartLine: number;
  body: string;
  bodyStartLine: number;
  /** The validated frontmatter, or undefined when it has problems (listed in `problems`). */
  frontmatter: DocFrontmatter | undefined;
  problems: Diagnostic[];
}

export interface DataRecord<Data> extends SourceFile {
  /** The file name without extension: a clinic id or a country code. */
  id: string;
  yaml: YamlSource;
  data: Data | undefined;
  problems: Diagnostic[];
}

export type CountryRecord = DataRecord<Country>;
/** `content/ratifications/<iso2>.yaml`: a country known by its ILO ratifications only. */
export type RatificationsRecord = DataRecord<StandardsCountry>;

/** `content/countries/<locale>/<iso2>.yaml`: one language's translation of a country's prose. */
export interface CountryTranslationRecord extends DataRecord<CountryTranslation> {
  /** The folder: a locale code when the file is where it belongs. */
  locale: string;
}
export type ClinicRecord = DataRecord<Clinic>;

export interface UiStringsRecord extends SourceFile {
  /** The language tag the file is named by, e.g. `zh-CN`. */
  lang: string;
  yaml: YamlSource;
  data: UiStrings | undefined;
  problems: Diagnostic[];
}

export interface PublicFile {
  /** `public/files/letter.docx`. */
  path: string;
  /** The address it is served at: `/files/letter.docx`. */
  address: string;
  content: Uint8Array;
}

export interface ContentLayer {
  docs: DocRecord[];
  countries: CountryRecord[];
  ratifications: RatificationsRecord[];
  /** content/glossary/terms.yaml, when there is one. */
  glossary: DataRecord<Glossary> | undefined;
  /** content/glossary/<locale>.yaml: the glossary in other languages. */
  glossaryTranslations: CountryTranslationRecord[];
  /** content/practices/<id>.yaml: the good practices. */
  practices: DataRecord<Practice>[];
  /** content/practices/translations/<locale>.yaml. */
  practiceTranslations: CountryTranslationRecord[];
  countryTranslations: CountryTranslationRecord[];
  clinics: ClinicRecord[];
  uiStrings: UiStringsRecord[];
  /** Languages whose UI-string file is missing, by locale code. */
  missingUiStrings: string[];
  publicFiles: PublicFile[];
  /** Every file under content/ and public/, hidden ones included, for the naming rules. */
  contentAndPublicPaths: string[];
  /** Every file of the repository outside generated folders, for names that clash by case. */
  repositoryPaths: string[];
  /** Symbolic links under content/ and public/. */
  links: string[];
}

/** A page of content/docs, split and validated. */
export function parseDoc(file: SourceFile): DocRecord {
  const id = file.path.replace(/^content\/docs\//, '').replace(/\.mdx?$/, '');
  const split = splitFrontmatter(file.text);
  const yaml = split.yaml === undefined ? undefined : parseYamlSource(split.yaml);
  const validated = yaml ? validate(file.path, yaml, docFrontmatterSchema, split.yamlStartLine, 'the frontmatter') : { data: undefined, problems: [] };
  return {
    ...file,
    id,
    locale: id.split('/')[0] ?? '',
    format: file.path.endsWith('.mdx') ? 'mdx' : 'md',
    yaml,
    yamlStartLine: split.yamlStartLine,
    body: split.body,
    bodyStartLine: split.bodyStartLine,
    frontmatter: split.fenceProblem ? undefined : validated.data,
    problems: split.fenceProblem ? [{ file: file.path, line: split.yamlStartLine - 1, column: 1, severity: 'error', message: split.fenceProblem }, ...validated.problems] : validated.problems,
  };
}

/** A YAML data file (a country or a clinic), validated by its schema. */
export function parseDataFile<Data>(file: SourceFile, schema: z.ZodType<Data>): DataRecord<Data> {
  const yaml = parseYamlSource(withoutByteOrderMark(file.text));
  const id = file.path.split('/').pop()!.replace(/\.ya?ml$/, '');
  return { ...file, id, yaml, ...validate(file.path, yaml, schema, 1, 'this file') };
}

export const parseCountry = (file: SourceFile): CountryRecord => parseDataFile(file, countrySchema);
export const parseClinic = (file: SourceFile): ClinicRecord => parseDataFile(file, clinicSchema);
export const parseRatifications = (file: SourceFile): RatificationsRecord => parseDataFile(file, standardsCountrySchema);
export const parseGlossary = (file: SourceFile): DataRecord<Glossary> => parseDataFile(file, glossarySchema);

export const parsePractice = (file: SourceFile): DataRecord<Practice> => parseDataFile(file, practiceSchema);

/** A translation file named by its language: `content/glossary/<locale>.yaml`, `content/practices/translations/<locale>.yaml`. */
export function parseLanguageFile(file: SourceFile): CountryTranslationRecord {
  const record = parseDataFile(file, countryTranslationSchema);
  return { ...record, locale: record.id };
}

export function parseCountryTranslation(file: SourceFile): CountryTranslationRecord {
  return { ...parseDataFile(file, countryTranslationSchema), locale: file.path.split('/').at(-2) ?? '' };
}

/** A language's UI strings. JSON is YAML, and the YAML parser gives positions for both. */
export function parseUiStrings(file: SourceFile): UiStringsRecord {
  const yaml = parseYamlSource(withoutByteOrderMark(file.text));
  const lang = file.path.split('/').pop()!.replace(/\.json$/, '');
  return { ...file, lang, yaml, ...validate(file.path, yaml, uiStringsSchema, 1, 'this file') };
}

/** A byte-order mark, as some Windows editors write, is harmless: it is dropped. */
function withoutByteOrderMark(text: string): string {
  return text.replace(/^\uFEFF/, '');
}

function validate<Data>(
  file: string,
  source: YamlSource,
  schema: z.ZodType<Data>,
  offset: number,
  container: string,
): { data: Data | undefined; problems: Diagnostic[] } {
  const at = (line: number, column: number, message: string): Diagnostic => ({ file, line: line + offset - 1, column, severity: 'error', message });
  if (source.syntaxErrors.length > 0) {
    // The parser often reports one mistake several times on the same line: keep the first.
    const firstPerLine = source.syntaxErrors.filter((e, i, all) => all.findIndex((o) => o.line === e.line) === i);
    return { data: undefined, problems: firstPerLine.map((e) => at(e.line, e.column, e.message)) };
  }
  const result = parseWithMessages(schema, source.data ?? {}, { container, options: { kind: pageKinds } });
  if ('data' in result) return { data: result.data, problems: [] };
  const problems = result.problems.map((problem: SchemaProblem) => {
    const { line, column } = source.positionOf(problem.path);
    return at(line, column, problem.message);
  });
  return { data: undefined, problems: problems.filter((d, i, all) => i === 0 || d.line !== all[i - 1]!.line || d.message !== all[i - 1]!.message) };
}
