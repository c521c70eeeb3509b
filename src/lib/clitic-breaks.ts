import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes } from 'hast';
import { cliticPattern } from './search-words.ts';

/**
 * Lets Pagefind see the word behind an elision or an Arabic clitic. Pagefind splits words at
 * whitespace and indexes "d’asile" or "والعمل" as one word, so "asile" or "العمل" would miss every
 * page that only writes them so (see src/lib/search-words.ts). A hidden space after the attached
 * part, `d’<span hidden> </span>asile`, is a word boundary for Pagefind, which reads the HTML,
 * while readers, screen readers, copying and printing see the text as written (a box-less
 * element does not break Arabic letter joining). Runs on built pages, before Pagefind indexes
 * them, so it covers every text of the page: Markdown, country facts and interface strings alike.
 */

/** What is inserted: hidden from every reader, a space for the indexer. */
export const cliticBreak = '<span hidden> </span>';

/**
 * Elements whose text is not page text, or is raw text a parser reads differently (a span there
 * would be text, or change the markup): never touched.
 */
const untouched = new Set(['script', 'style', 'template', 'textarea', 'title', 'noscript', 'svg', 'math', 'iframe', 'noembed', 'noframes', 'xmp']);

/** The text Pagefind indexes lies inside `data-pagefind-body` and outside `data-pagefind-ignore`. */
function isIgnored(element: Element): boolean {
  if (untouched.has(element.tagName)) return true;
  const ignore = element.properties['dataPagefindIgnore'];
  return ignore !== undefined && ignore !== null && ignore !== false;
}

/** The page with a hidden break after each elision or clitic in its indexed text; unchanged in other languages. */
export function withCliticBreaks(html: string, lang: string): string {
  const pattern = cliticPattern(lang);
  if (!pattern) return html;
  const offsets: number[] = [];
  const walk = (node: Nodes, inBody: boolean): void => {
    if (node.type === 'text') {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (!inBody || start === undefined || end === undefined) return;
      // Only where the source is the text itself: a character reference would shift the offsets.
      const raw = html.slice(start, end);
      if (raw !== node.value) return;
      for (const match of raw.matchAll(pattern)) offsets.push(start + match.index + match[0].length);
      return;
    }
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element' && isIgnored(node)) return;
    const body = inBody || (node.type === 'element' && node.properties['dataPagefindBody'] !== undefined);
    for (const child of node.children) walk(child as Nodes, body);
  };
  walk(fromHtml(html), false);
  if (offsets.length === 0) return html;
  const parts: string[] = [];
  let last = 0;
  for (const offset of offsets) {
    parts.push(html.slice(last, offset), cliticBreak);
    last = offset;
  }
  parts.push(html.slice(last));
  return parts.join('');
}
