import { z } from 'astro/zod';
import { pastDateSchema } from './common.ts';
import { ratificationSchema } from './country.ts';
import { conventions } from './vocab.ts';

/**
 * The ILO ratifications of a European country that has no country file yet:
 * `content/ratifications/<iso2>.yaml`. A country with a country file keeps its ratifications there,
 * so that no fact is written twice. Every one of the six conventions is stated, if only as
 * `unknown`, and every status but `unknown` cites the NORMLEX page that settles it.
 */
export const standardsCountrySchema = z.strictObject({
  name: z.string().min(1).describe('The country’s short name in English.'),
  lastChecked: pastDateSchema.describe('The day the ratifications were last checked on NORMLEX.'),
  ratifications: z
    .array(
      ratificationSchema.refine((r) => r.status === 'unknown' || r.source !== undefined, {
        error: 'Cite the ILO NORMLEX page that settles this status under "source", or set status: unknown.',
      }),
    )
    .superRefine((list, context) => {
      const listed = list.map((r) => r.convention);
      const missing = conventions.filter((convention) => !listed.includes(convention));
      if (missing.length > 0) {
        context.addIssue({ code: 'custom', message: `State every convention, if only as "status: unknown". Missing: ${missing.join(', ')}.` });
      }
      if (new Set(listed).size !== listed.length) context.addIssue({ code: 'custom', message: 'Each convention may be listed only once.' });
    }),
});

export type StandardsCountry = z.infer<typeof standardsCountrySchema>;
