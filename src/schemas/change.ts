import { z } from 'astro/zod';
import { pastDateSchema } from './common.ts';
import { branches, conventions, statuses } from './vocab.ts';

/**
 * "What changed": dated entries in a country file (`changes:`) and in a reviewed page's
 * frontmatter. Readers follow them on /<lang>/changes/ and in the feeds; `npm run check` warns when
 * a researched cell changes without one.
 */

/**
 * What a change touches, by the path of the fact in the country file: one cell
 * (`access.refugee.unemployment`), a whole status (`access.refugee`), a convention
 * (`ratifications.C118`), the EU coordination notes, the institutions or the sources.
 */
export const changeTargets: readonly string[] = [
  ...statuses.flatMap((status) => [`access.${status}`, ...branches.map((branch) => `access.${status}.${branch}`)]),
  ...conventions.map((convention) => `ratifications.${convention}`),
  'euCoordination',
  'institutions',
  'sources',
];

const targetSet = new Set(changeTargets);

export const changeTargetSchema = z.string().superRefine((target, context) => {
  if (targetSet.has(target)) return;
  context.addIssue({
    code: 'custom',
    message: `"${target}" is not something a change can affect. Write a cell as access.<status>.<branch> (for example access.refugee.unemployment), a whole status as access.<status>, a convention as ratifications.C118, or one of euCoordination, institutions, sources.`,
  });
});

/** One line: readers see it in a list and as a feed item's title. */
const summarySchema = z
  .string()
  .trim()
  .min(1, { error: 'Say in one sentence what changed.' })
  .max(240, { error: 'Keep the summary to one sentence of at most 240 characters: readers see it in a list and in feeds.' })
  .refine((text) => !/[<>]/.test(text), { error: 'Write the summary as plain text, without "<" or ">".' })
  .refine((text) => !/[\r\n]/.test(text), { error: 'Write the summary on one line.' });

/** A country file's change: its summary is English, translated like the file's other prose. */
export const countryChangeSchema = z.strictObject({
  date: pastDateSchema.describe('The day the change was made to the Atlas, YYYY-MM-DD.'),
  summary: summarySchema.describe('One sentence in plain English: what changed, and for whom.'),
  affects: z
    .array(changeTargetSchema)
    .min(1, { error: 'Say what the change affects under "affects", for example [access.refugee.unemployment].' })
    .describe('The facts it changed.'),
});

/**
 * The list, newest first. One entry per day: its date is the entry's name in translations
 * (`changes.2026-11-30.summary`), and a day's changes fit one sentence or belong in two days' work.
 */
export const countryChangesSchema = z
  .array(countryChangeSchema)
  .default([])
  .superRefine((list, context) => {
    const seen = new Set<number>();
    list.forEach((change, index) => {
      const day = change.date.getTime();
      if (seen.has(day)) {
        context.addIssue({
          code: 'custom',
          path: [index, 'date'],
          message: 'Two changes have this date. Join them into one entry for the day, and list everything it affects under "affects".',
        });
      }
      seen.add(day);
      const previous = list[index - 1];
      if (previous && previous.date.getTime() < day) {
        context.addIssue({ code: 'custom', path: [index, 'date'], message: 'Put the newest change first: this entry is newer than the one above it.' });
      }
    });
  })
  .describe('What changed in this file, newest first.');

/** A page's change, written in the page's own language. */
export const pageChangeSchema = z.strictObject({
  date: pastDateSchema.describe('The day the page changed, YYYY-MM-DD.'),
  summary: summarySchema.describe('One sentence in the page’s language: what changed.'),
  affects: z.array(changeTargetSchema).default([]).describe('The facts it concerns, if any, as in a country file.'),
});

export const pageChangesSchema = z.array(pageChangeSchema).default([]).describe('What changed on this page, newest first.');

export type CountryChange = z.infer<typeof countryChangeSchema>;
export type PageChange = z.infer<typeof pageChangeSchema>;
