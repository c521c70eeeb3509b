import { z } from 'astro/zod';
import { countryCodeSchema } from './common.ts';
import { webAddressSchema } from './web-address.ts';

/** A university law clinic that writes or reviews content: `content/clinics/<id>.yaml`. */
export const clinicSchema = z.object({
  name: z.string().min(1).describe('The clinic’s name as it presents itself.'),
  university: z.string().min(1),
  city: z.string().min(1),
  country: countryCodeSchema,
  website: webAddressSchema.optional(),
  /**
   * Contacts are optional on purpose: a sample or a clinic that has not agreed to publish one
   * leaves it out rather than inventing it.
   */
  contact: z.email({ error: 'Give a valid e-mail address, or leave "contact" out.' }).optional(),
  github: z
    .string()
    .regex(/^@[A-Za-z0-9-]+(\/[A-Za-z0-9_.-]+)?$/, {
      error: 'Write the GitHub team or user that reviews for the clinic, as "@organisation/team" or "@user".',
    })
    .optional()
    .describe('Who GitHub asks to review changes to the clinic’s countries (used to write .github/CODEOWNERS).'),
  sample: z
    .boolean()
    .default(false)
    .describe('true while this entry describes a clinic for demonstration, not a confirmed member.'),
});

export type Clinic = z.infer<typeof clinicSchema>;
