/**
 * Text as a CSS string literal, for `content:` in @page margin boxes: quotes and backslashes
 * escaped, line breaks removed, and no way to close the string or the rule from inside.
 */
export function cssString(text: string): string {
  const escaped = text
    .replace(/[\r\n\f]+/g, ' ')
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/</g, '\\3C ');
  return `"${escaped}"`;
}

/** Isolates left-to-right text (an address, a code) inside text of either direction. */
export function isolateLtr(text: string): string {
  return `\u2066${text}\u2069`;
}
