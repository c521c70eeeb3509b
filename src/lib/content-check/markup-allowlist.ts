/**
 * What contributed pages may contain as markup: the one list for MDX (components and HTML
 * written as JSX) and for raw HTML in Markdown files. Anything not listed is refused: a list
 * of what is dangerous is never complete, a list of what legal prose needs is short.
 */

/**
 * The components a contributed page may use, and for each prop the values it accepts
 * (`'text'`: any literal text). The components themselves are passed to pages in
 * src/mdx-components.ts; a unit test keeps the two lists the same.
 */
export const allowedComponents = {
  Aside: { type: ['note', 'tip', 'caution', 'danger'], title: 'text' },
  // Links a word to its glossary entry; its id is checked against the glossary (links.ts).
  Term: { id: 'text' },
} as const satisfies Record<string, Record<string, readonly string[] | 'text'>>;

export type AllowedComponentName = keyof typeof allowedComponents;

/** How an attribute's value is judged. */
export type AttributeRule =
  /** Any text. */
  | 'text'
  /** A whole number, such as a table cell's colspan. */
  | 'number'
  /** An address followed only when the reader clicks: a page of this site or a web page. */
  | 'link'
  /** An address the browser loads by itself when the page opens: only a file of this site. */
  | 'site-file';

/** Attributes any allowed element may have: language and direction matter in seven languages. */
export const globalAttributes: Readonly<Record<string, AttributeRule>> = {
  lang: 'text',
  dir: 'text',
  title: 'text',
  translate: 'text',
};

/**
 * HTML elements that legal prose needs, and the attributes each may have besides the global
 * ones. No `id` or `class`: they could hide or restyle the site's own controls (the quick exit).
 */
export const allowedHtmlElements: Readonly<Record<string, Readonly<Record<string, AttributeRule>>>> = {
  a: { href: 'link', hreflang: 'text' },
  abbr: {},
  b: {},
  bdi: {},
  bdo: {},
  blockquote: { cite: 'link' },
  br: {},
  caption: {},
  cite: {},
  code: {},
  col: { span: 'number' },
  colgroup: { span: 'number' },
  dd: {},
  del: { cite: 'link', datetime: 'text' },
  details: { open: 'text' },
  dfn: {},
  div: {},
  dl: {},
  dt: {},
  em: {},
  figcaption: {},
  figure: {},
  h2: {},
  h3: {},
  h4: {},
  h5: {},
  h6: {},
  hr: {},
  i: {},
  img: { src: 'site-file', alt: 'text', width: 'number', height: 'number' },
  ins: { cite: 'link', datetime: 'text' },
  kbd: {},
  li: { value: 'number' },
  mark: {},
  ol: { start: 'number', reversed: 'text', type: 'text' },
  p: {},
  pre: {},
  q: { cite: 'link' },
  s: {},
  samp: {},
  small: {},
  span: {},
  strong: {},
  sub: {},
  summary: {},
  sup: {},
  table: {},
  tbody: {},
  td: { colspan: 'number', rowspan: 'number', headers: 'text' },
  tfoot: {},
  th: { colspan: 'number', rowspan: 'number', headers: 'text', scope: 'text', abbr: 'text' },
  thead: {},
  time: { datetime: 'text' },
  tr: {},
  u: {},
  ul: {},
  var: {},
  wbr: {},
};

/** Schemes a reader may follow by clicking. `javascript:`, `data:` and the rest are not among them. */
export const linkSchemes: ReadonlySet<string> = new Set(['https:', 'http:', 'mailto:', 'tel:']);
