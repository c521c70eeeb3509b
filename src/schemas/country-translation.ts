import { z } from 'astro/zod';
import { idSchema } from './common.ts';

/**
 * The translation of a country file's prose into one language:
 * `content/countries/<locale>/<iso2>.yaml`. Each key is the path of an English text in
 * `content/countries/<iso2>.yaml` (see src/lib/country-texts.ts), such as
 * `access.refugee.medical-care.conditions`; each value is the translation and the hash of the
 * English text it was made from, so an outdated one is found without git history.
 * Legal bases, official names and source titles are not translated: they stay as the law says them.
 */
export const translatedTextSchema = z.strictObject({
  sourceHash: z
    .string({ error: 'Write the hash in quotes, as in sourceHash: "0a1b2c3d4e5f6a7b", so it is read as text.' })
    .regex(/^[0-9a-f]{16}$/, { error: 'This must be the hash printed by `npm run translations` for this text.' })
    .describe('Hash of the English text when it was translated.'),
  text: z
    .string()
    .min(1)
    .refine((text) => !/[<>]/.test(text), { error: 'Write the translation as plain text, without "<" or ">".' })
    .describe('The translation, in plain language.'),
});

export const countryTranslationSchema = z.strictObject({
  reviewedBy: idSchema
    .optional()
    .describe('The clinic that checked this translation against the English. Until one has, readers are told it was made with machine help.'),
  texts: z
    .record(
      z.string().regex(/^[a-z][a-zA-Z0-9-]*(\.[a-zA-Z0-9-]+)+$/, { error: 'Each key is the path of an English text in the country file, such as access.refugee.medical-care.conditions.' }),
      translatedTextSchema,
    )
    .default({}),
});

export type TranslatedText = z.infer<typeof translatedTextSchema>;
export type CountryTranslation = z.infer<typeof countryTranslationSchema>;
