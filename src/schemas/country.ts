import { z } from 'astro/zod';
import { webAddressSchema } from './web-address.ts';
import { countryChangesSchema } from './change.ts';
import { calendarDateSchema, idSchema, pastDateSchema, sourceSchema } from './common.ts';
import { accessLevelSchema, branches, conventionSchema, ratificationStatusSchema, statuses, type Branch, type Status } from './vocab.ts';

/**
 * Language-neutral facts about one country: `content/countries/<iso2>.yaml`.
 * Prose (conditions, notes) is in English; fact sheet pages explain it in each language.
 */

/** One cell of the access matrix: what a person of one status can get from one branch. */
export const accessCellSchema = z
  .object({
    level: accessLevelSchema,
    conditions: z.string().min(1).optional().describe('In plain English: what the person must do or show.'),
    waitingPeriod: z.string().min(1).optional().describe('How long before access starts, if any.'),
    legalBasis: z.string().min(1).optional().describe('The law and article that gives (or refuses) access.'),
    sources: z.array(sourceSchema).default([]),
    validAsOf: calendarDateSchema.optional(),
  })
  .refine((cell) => cell.level === 'unknown' || (cell.legalBasis !== undefined && cell.sources.length > 0), {
    error: 'A researched cell (any level but "unknown") needs its "legalBasis" and at least one source. If you cannot cite them, set level: unknown.',
  });

export type AccessCell = z.infer<typeof accessCellSchema>;

/** Every branch must be stated for a status, even if only as `unknown`, so gaps stay visible. */
const branchRowSchema = z.object(
  Object.fromEntries(branches.map((branch) => [branch, accessCellSchema])) as Record<Branch, typeof accessCellSchema>,
);

export const accessMatrixSchema = z.object(
  Object.fromEntries(statuses.map((status) => [status, branchRowSchema])) as Record<Status, typeof branchRowSchema>,
);

export type AccessMatrix = z.infer<typeof accessMatrixSchema>;

export const ratificationSchema = z
  .object({
    convention: conventionSchema,
    status: ratificationStatusSchema,
    year: z.number().int().min(1919).max(2100).optional().describe('Year of ratification, or of denunciation.'),
    notes: z.string().min(1).optional().describe('Partial acceptance, excluded parts or annexes, in English.'),
    source: sourceSchema.optional(),
  })
  .refine((r) => r.status !== 'ratified' || r.source !== undefined, {
    error: 'A ratification needs its source (the ILO NORMLEX page of the country).',
  });

export type Ratification = z.infer<typeof ratificationSchema>;

export const institutionSchema = z.object({
  name: z.string().min(1),
  website: webAddressSchema.optional(),
  phone: z.string().regex(/^\+?[0-9 ]+$/, { error: 'Write the phone number with digits and spaces only, e.g. "+39 06 1234".' }).optional(),
  helpsWith: z.string().min(1).describe('In English: what a person can ask this institution.'),
  lastChecked: pastDateSchema,
});

export const countrySchema = z.object({
  name: z.string().min(1).describe('The country’s short name in English.'),
  euMember: z.boolean(),
  lastReviewed: pastDateSchema,
  reviewedBy: idSchema,
  validAsOf: calendarDateSchema,
  ratifications: z
    .array(ratificationSchema)
    .refine((list) => new Set(list.map((r) => r.convention)).size === list.length, {
      error: 'Each convention may be listed only once.',
    }),
  euCoordination: z
    .object({
      applies: z.boolean().describe('Whether Regulations (EC) 883/2004 and (EU) 1231/2010 apply.'),
      notes: z.string().min(1).optional(),
      sources: z.array(sourceSchema).default([]),
    })
    .describe('EU social security coordination.'),
  access: accessMatrixSchema,
  institutions: z.array(institutionSchema).default([]),
  changes: countryChangesSchema,
});

export type Country = z.infer<typeof countrySchema>;
