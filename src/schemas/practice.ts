import { z } from 'astro/zod';
import { countryCodeSchema, idSchema, pastDateSchema, sourceSchema } from './common.ts';
import { statusSchema } from './vocab.ts';

/**
 * A good practice: `content/practices/<id>.yaml`, in plain English, every fact from its sources.
 * Like the ILO migration programme's databases of practices, each says who did what, where, when,
 * for whom, and what it achieved. Translations: `content/practices/translations/<locale>.yaml`,
 * keyed `<id>.title`, `<id>.summary` and `<id>.achieved`.
 */

/** Who carried it out. */
export const practiceActors = ['trade-union', 'employers-organisation', 'ngo', 'public-body', 'law-clinic', 'international-organisation'] as const;

/** What it is about: the themes readers filter by. */
export const practiceThemes = ['portability', 'health-care', 'recruitment', 'refugee-integration', 'non-discrimination', 'information-legal-aid'] as const;

export type PracticeActor = (typeof practiceActors)[number];
export type PracticeTheme = (typeof practiceThemes)[number];

const plainText = (what: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: `Write the ${what}.` })
    .max(max, { error: `Keep the ${what} under ${max} characters.` })
    .refine((text) => !/[<>]/.test(text), { error: `Write the ${what} as plain text, without "<" or ">".` });

/** A list of vocabulary values, each once: the filters would otherwise count a practice twice. */
const distinct = <Item extends z.ZodType<string>>(item: Item, what: string) =>
  z
    .array(item)
    .min(1, { error: `Give at least one ${what}.` })
    .refine((list) => new Set(list).size === list.length, { error: `Name each ${what} only once.` });

export const practiceSchema = z.strictObject({
  title: plainText('title', 160),
  countries: distinct(countryCodeSchema, 'country').describe('The European countries where it applies.'),
  years: z
    .strictObject({
      from: z.number().int().min(1900).max(2100).describe('The year it started (or, for an agreement, entered into force).'),
      to: z.number().int().min(1900).max(2100).optional().describe('The year it ended; leave out while it continues.'),
    })
    .refine((years) => years.to === undefined || years.to >= years.from, { error: 'The year it ended ("to") cannot be before the year it started ("from").' })
    .optional()
    .describe('Leave out when no source gives the years.'),
  actors: distinct(z.enum(practiceActors, { error: `Use one of: ${practiceActors.join(', ')}.` }), 'actor'),
  themes: distinct(z.enum(practiceThemes, { error: `Use one of: ${practiceThemes.join(', ')}.` }), 'theme'),
  statuses: distinct(statusSchema, 'status').describe('Whom it concerns.'),
  summary: plainText('summary', 1200).describe('What it is and what it does, in plain English, from the sources.'),
  achieved: plainText('result', 1000).describe('What it achieved or provides, from the sources; never an invented figure.'),
  sources: z.array(sourceSchema).min(1, { error: 'Cite at least one public source for the practice.' }),
  lastChecked: pastDateSchema.describe('The day the entry was last checked against its sources.'),
  reviewedBy: idSchema.optional().describe('The clinic that reviewed the entry, once one has.'),
});

export type Practice = z.infer<typeof practiceSchema>;

/** The texts readers need in their language, by the key translations use. */
export function practiceTexts(id: string, practice: Pick<Practice, 'title' | 'summary' | 'achieved'>): [string, string][] {
  return [
    [`${id}.title`, practice.title],
    [`${id}.summary`, practice.summary],
    [`${id}.achieved`, practice.achieved],
  ];
}
