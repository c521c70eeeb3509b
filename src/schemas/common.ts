import { z } from 'astro/zod';
import { sourceTypeSchema } from './vocab.ts';
import { countryCodeHints, isCountryCode } from './country-codes.ts';
import { webAddressSchema } from './web-address.ts';

/**
 * A calendar day written `YYYY-MM-DD`. YAML already turns such a value into a Date; a quoted
 * string is accepted too, but only if it names a real day (no 2026-02-30).
 */
export const calendarDateSchema = z
  .union([z.date(), z.string()], { error: 'Write the date as YYYY-MM-DD, for example 2026-03-15.' })
  .transform((value, ctx) => {
    if (value instanceof Date) return value;
    const date = parseCalendarDay(value);
    if (!date) {
      ctx.issues.push({
        code: 'custom',
        input: value,
        message: /^\d{4}-\d{2}-\d{2}$/.test(value)
          ? `${value} is not a real date. Check the month and the day (YYYY-MM-DD).`
          : `"${value}" is not a date written YYYY-MM-DD, for example 2026-03-15.`,
      });
      return z.NEVER;
    }
    return date;
  })
  .describe('A date written YYYY-MM-DD.');

/** A `YYYY-MM-DD` day that exists in the calendar, as UTC midnight; otherwise undefined. */
export function parseCalendarDay(text: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const exists = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return exists ? date : undefined;
}

/** A date that has already happened: a review cannot be dated in the future. */
export const pastDateSchema = calendarDateSchema
  .refine((date) => date.getTime() <= Date.now(), {
    error: 'This date is in the future. Use the day the work was actually done (YYYY-MM-DD).',
  })
  .describe('A date written YYYY-MM-DD, today or earlier.');

/** Clinic ids and other identifiers that become file names and URLs. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'Use lower-case letters, digits and hyphens only, for example "turin-law-clinic".',
  });

/** ISO 3166-1 alpha-2, lower case, as used in file names (`content/countries/it.yaml`) and URLs. */
export const countryCodeSchema = z
  .string()
  .regex(/^[a-z]{2}$/, {
    error: 'Use the two-letter ISO country code in lower case, for example "it" for Italy.',
  })
  .superRefine((code, context) => {
    if (isCountryCode(code)) return;
    const hint = countryCodeHints[code];
    context.addIssue({
      code: 'custom',
      message: hint
        ? `"${code}" is not an ISO country code; the code for this country is "${hint}".`
        : `"${code}" is not an ISO country code. Look the country up in the ISO 3166-1 list (for example "it" for Italy, "gb" for the United Kingdom).`,
    });
  })
  .describe('ISO 3166-1 alpha-2 country code, lower case.');

/**
 * Where a statement comes from. A reader must be able to find it: a web address, a legal
 * citation (a law's name and article), or both.
 */
export const sourceSchema = z
  .object({
    title: z.string().min(1).describe('The name of the document or page, as its author titles it.'),
    url: webAddressSchema.optional(),
    citation: z
      .string()
      .min(1)
      .optional()
      .describe('Legal citation: the law, its number and date, and the article.'),
    type: sourceTypeSchema.describe('What kind of source this is.'),
    lang: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, { error: 'Write the language as a code such as "it" or "de".' })
      .optional()
      .describe('The language the source is written in, so screen readers pronounce its title right.'),
  })
  .refine((source) => source.url !== undefined || source.citation !== undefined, {
    error: 'Each source needs a web address (url) or a legal citation (citation), or both.',
  });

export type Source = z.infer<typeof sourceSchema>;
