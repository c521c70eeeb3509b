import { z } from 'astro/zod';
import { idSchema, sourceSchema } from './common.ts';

/**
 * The glossary: `content/glossary/terms.yaml`, in plain English, each term with its legal or
 * ILO/EU source. Translations are in `content/glossary/<locale>.yaml`, keyed `<id>.term` and
 * `<id>.definition` with the hash of the English they were made from, like a country file's.
 * Pages link a word to its entry with `<Term id="…">`.
 */
const plainText = (what: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: `Write the ${what}.` })
    .max(max, { error: `Keep the ${what} under ${max} characters: a glossary explains in a few plain sentences.` })
    .refine((text) => !/[<>]/.test(text), { error: `Write the ${what} as plain text, without "<" or ">".` });

export const glossaryTermSchema = z.strictObject({
  id: idSchema.describe('The anchor of the entry (#term-<id>) and what <Term id="…"> names: never change it once published.'),
  term: plainText('term', 80),
  definition: plainText('definition', 700),
  source: sourceSchema.describe('The legal or ILO/EU text the definition rests on.'),
  related: z.array(idSchema).default([]).describe('Ids of related terms.'),
});

export const glossarySchema = z
  .strictObject({ terms: z.array(glossaryTermSchema).min(1) })
  .superRefine(({ terms }, context) => {
    const ids = new Set<string>();
    terms.forEach((term, index) => {
      if (ids.has(term.id)) context.addIssue({ code: 'custom', path: ['terms', index, 'id'], message: `Two terms have the id "${term.id}". Give each term its own id.` });
      ids.add(term.id);
    });
    terms.forEach((term, index) =>
      term.related.forEach((id, position) => {
        if (!ids.has(id)) context.addIssue({ code: 'custom', path: ['terms', index, 'related', position], message: `"${id}" is not the id of a term in this glossary.` });
      }),
    );
  });

export type Glossary = z.infer<typeof glossarySchema>;
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

/** The texts readers need in their language, by the key translations use. */
export function glossaryTexts(glossary: Glossary): Map<string, string> {
  return new Map(glossary.terms.flatMap((term) => [[`${term.id}.term`, term.term] as const, [`${term.id}.definition`, term.definition] as const]));
}
