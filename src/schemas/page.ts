import { z } from 'astro/zod';
import { calendarDateSchema, countryCodeSchema, idSchema, pastDateSchema, sourceSchema } from './common.ts';
import { pageChangesSchema } from './change.ts';
import { audienceSchema, branchSchema, pageKinds, statusSchema, type PageKind } from './vocab.ts';

/**
 * Frontmatter of every page in `content/docs/`, on top of Starlight's own fields (title,
 * description...). `kind` says what the page is, and each kind has its own required fields.
 */

/** A translated page names its English source and the source's content hash when translated. */
export const translationOfSchema = z
  .object({
    source: z
      .string()
      .regex(/^[a-z]{2}\/[a-z0-9\-/]+$/, {
        error: 'Write the source page as its path under content/docs without the extension, for example "en/guides/health-care-asylum-seekers".',
      })
      .describe('The page this one translates, e.g. "en/countries/it".'),
    sourceHash: z
      .string({ error: 'Write the hash in quotes, as in sourceHash: "0a1b2c3d4e5f6a7b", so it is read as text.' })
      .regex(/^[0-9a-f]{12,64}$/, { error: 'This must be the hash printed by `npm run new -- translation`.' })
      .describe('Content hash of the source page at the time of translation.'),
    reviewedBy: idSchema
      .optional()
      .describe('The clinic whose fluent reader checked this translation against the original. Until one has, readers are told it was made with machine help.'),
  })
  .describe('Set on translations only.');

/**
 * Words people type when they look for this page, in the page's language, that its text may not
 * use: "doctor" for medical care, "papers" for a residence permit. Search weighs them like the title.
 */
export const keywordsSchema = z
  .array(
    z
      .string()
      .trim()
      .min(1, { error: 'A keyword cannot be empty.' })
      .max(60, { error: 'Keep each keyword short: a word or two that people type, at most 60 characters.' }),
  )
  .max(30, { error: 'Give at most 30 keywords: the words people really type, not every word of the page.' })
  .default([])
  .describe('Words people type when they look for this page, in its language.');

const shared = {
  translationOf: translationOfSchema.optional(),
  keywords: keywordsSchema,
};

/** What every guide, toolkit and fact sheet must say about its own reliability. */
const reviewed = {
  lastReviewed: pastDateSchema.describe('The day a clinic last checked this page against the law.'),
  reviewedBy: idSchema.describe('The id of the clinic that reviewed it: a file name in content/clinics/.'),
  validAsOf: calendarDateSchema.describe('The date the law is described as of.'),
  sources: z
    .array(sourceSchema)
    .min(1, { error: 'List at least one source (a law, an official page) under "sources".' })
    .describe('Where the statements on this page come from.'),
  audience: z.array(audienceSchema).min(1, { error: 'Say who the page is for under "audience", for example [migrants].' }),
  statuses: z.array(statusSchema).default([]).describe('The residence statuses the page is about.'),
  branches: z.array(branchSchema).default([]).describe('The branches of social security the page is about.'),
  changes: pageChangesSchema,
};

export const guideFrontmatterSchema = z.object({
  kind: z.literal('guide'),
  ...shared,
  ...reviewed,
  country: countryCodeSchema.optional().describe('Set when the guide is about one country only.'),
});

/** File types a toolkit may offer: documents people can fill in, and their PDF. */
export const attachmentFormats = ['docx', 'odt', 'pdf', 'xlsx', 'ods', 'csv'] as const;

export const attachmentSchema = z.object({
  file: z
    .string()
    .regex(new RegExp(`^/files/[a-z0-9/_.-]+\\.(${attachmentFormats.join('|')})$`), {
      error: `Give the file's path in public/, starting with /files/ and ending with its type (${attachmentFormats.join(', ')}), for example /files/toolkits/letter-template.docx.`,
    })
    .refine((path) => !path.split('/').some((segment) => segment === '.' || segment === '..') && !path.includes('//'), {
      error: 'Give the path from public/ directly, without "." or ".." folders or "//", for example /files/toolkits/letter-template.docx.',
    })
    .describe('Path of the file under public/, e.g. /files/toolkits/letter-template.docx.'),
  title: z.string().min(1).describe('What the file is, in the page’s language.'),
});

export type Attachment = z.infer<typeof attachmentSchema>;

export const toolkitFrontmatterSchema = z.object({
  kind: z.literal('toolkit'),
  ...shared,
  ...reviewed,
  country: countryCodeSchema.optional(),
  attachments: z.array(attachmentSchema).default([]).describe('Files to download with the toolkit.'),
});

export const factsheetFrontmatterSchema = z.object({
  kind: z.literal('factsheet'),
  ...shared,
  ...reviewed,
  country: countryCodeSchema.describe('The country this fact sheet is about.'),
});

export const plainPageFrontmatterSchema = z.object({
  kind: z.literal('page'),
  ...shared,
});

/**
 * The kinds of page, in one table: the folder under content/docs/<lang>/ where each lives (and
 * the section of the site that lists it), whether a clinic reviews it, whether it gets a PDF,
 * and its frontmatter, which holds its required fields.
 */
export const pageKindTable = {
  guide: { folder: 'guides', reviewed: true, pdf: false, frontmatter: guideFrontmatterSchema },
  toolkit: { folder: 'toolkits', reviewed: true, pdf: true, frontmatter: toolkitFrontmatterSchema },
  factsheet: { folder: 'countries', reviewed: true, pdf: true, frontmatter: factsheetFrontmatterSchema },
  page: { folder: undefined, reviewed: false, pdf: false, frontmatter: plainPageFrontmatterSchema },
} as const satisfies Record<PageKind, { folder: string | undefined; reviewed: boolean; pdf: boolean; frontmatter: z.ZodType }>;

export const pageFrontmatterSchema = z.discriminatedUnion(
  'kind',
  [pageKindTable.guide.frontmatter, pageKindTable.toolkit.frontmatter, pageKindTable.factsheet.frontmatter, pageKindTable.page.frontmatter],
  { error: `Set "kind" to one of: ${pageKinds.join(', ')}.` },
);

export type PageFrontmatter = z.infer<typeof pageFrontmatterSchema>;
export type ReviewedPageFrontmatter = Exclude<PageFrontmatter, { kind: 'page' }>;

const kindsWhere = (test: (row: (typeof pageKindTable)[PageKind]) => boolean): ReadonlySet<string> =>
  new Set(pageKinds.filter((kind) => test(pageKindTable[kind])));

const reviewedKinds = kindsWhere((row) => row.reviewed);

/** The kinds that get a PDF in every language. */
export const pdfKinds = kindsWhere((row) => row.pdf);

/**
 * Starlight's own pages (such as the 404) carry no `kind`, so this checks the value rather
 * than trusting the type.
 */
export function isReviewedPage(page: { kind?: string }): page is ReviewedPageFrontmatter {
  return page.kind !== undefined && reviewedKinds.has(page.kind);
}
