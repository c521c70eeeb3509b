import { fromHtml } from 'hast-util-from-html';

/**
 * UI strings are text. Pages render them escaped, so markup in one would show as code; and a
 * sentence with placeholders is rendered by slotting elements in (src/components/Sentence.astro),
 * which works only if every language keeps the English placeholders.
 */

/** `{{clinic}}` → `clinic`, sorted, as i18next reads them. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([^{}\s]+)\s*\}\}/g)].map((match) => match[1]!).sort();
}

export function placeholderProblem(english: string, translated: string): string | undefined {
  const expected = placeholdersOf(english);
  const found = placeholdersOf(translated);
  if (expected.join(' ') === found.join(' ')) return undefined;
  const list = (names: string[]) => (names.length === 0 ? 'none' : names.map((name) => `{{${name}}}`).join(', '));
  return `This text must keep the placeholders of the English text exactly: ${list(expected)}. It has ${list(found)}. Translate the words around them, and copy each {{…}} as it is, in English.`;
}

/**
 * Whether the HTML parser would see anything but plain text in the string: an element, a
 * comment, or a character reference such as "&amp;". Decided by parse5, as a browser would.
 */
export function containsMarkup(text: string): boolean {
  const tree = fromHtml(text, { fragment: true });
  let plain = '';
  for (const node of tree.children) {
    if (node.type !== 'text') return true;
    plain += node.value;
  }
  return plain !== text;
}

export const markupMessage =
  'Interface texts are plain text: this one contains HTML (a tag such as <b>, a comment or a code such as &amp;). Write it as plain words; the site adds links and formatting itself.';
