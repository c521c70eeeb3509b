/** A translated sentence cut at its placeholders: "Reviewed by {{clinic}}." → text, slot, text. */
export type SentencePart = { kind: 'text'; text: string } | { kind: 'slot'; name: string };

/**
 * Placeholders are i18next's `{{name}}`. Cutting the sentence, rather than substituting HTML into
 * it, is what lets a translation place a link anywhere in its word order while its words stay text.
 */
export function sentenceParts(sentence: string): SentencePart[] {
  const parts: SentencePart[] = [];
  let last = 0;
  for (const match of sentence.matchAll(/\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g)) {
    if (match.index > last) parts.push({ kind: 'text', text: sentence.slice(last, match.index) });
    parts.push({ kind: 'slot', name: match[1]! });
    last = match.index + match[0].length;
  }
  if (last < sentence.length) parts.push({ kind: 'text', text: sentence.slice(last) });
  return parts;
}
