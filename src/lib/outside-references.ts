import type { Element, Properties, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { ident, parse as parseCss, string as cssString, tokenize, tokenTypes, url as cssUrl, walk as walkCss } from 'css-tree';

/**
 * Finds every reference in a built page or stylesheet that would make a browser contact
 * another host without the reader clicking anything: an image, a font, a stylesheet, a frame,
 * a refresh, a ping. The Atlas promises its readers that nothing is requested from anyone
 * else (see DESIGN.md, "Privacy and safety"); this is the proof, page by page.
 *
 * Links a reader follows by choice (`<a href>`) are not findings. Inline scripts cannot be
 * judged without running them: the Content-Security-Policy and the browser test cover those.
 */

/** A reference that would reach another host. */
export interface OutsideReference {
  /** Where it is, as one would search the page source: `img[srcset]`, `style element: @import`. */
  where: string;
  /** The reference as written (after HTML character references are decoded). */
  reference: string;
  /** What the browser would request: the reference resolved against the page. */
  url: string;
}

/**
 * Mixed-content vocabulary: passive content is only decoded and displayed (images, media,
 * fonts, icons), active content can run or load more (scripts, stylesheets, frames, forms,
 * navigations). A `data:` URL is local in a passive position, since the browser decodes it
 * without contacting anyone and an image runs no scripts and fetches nothing; in an active
 * position it can carry a document or stylesheet that itself reaches out, so it is a finding.
 */
type Content = 'passive' | 'active';

interface Reference {
  where: string;
  reference: string;
  content: Content;
}

/** What a document refers to, before it is judged against a base URL. */
interface DocumentReferences {
  /** `<base href>` values in tree order; the first decides the base of every other reference. */
  baseHrefs: Reference[];
  references: Reference[];
  /** `<iframe srcdoc>` documents: their base URL is the base URL of the page holding them. */
  inlineFrames: DocumentReferences[];
}

/**
 * Every reference in an HTML page that would reach another host without a click.
 *
 * `pageUrl` is where the page is served, on a placeholder origin
 * (`https://atlas.invalid/en/guides/x/`): a reference is outside if it resolves to any
 * other host, or is `javascript:`, or is `data:` where it would be active content.
 */
export function findOutsideReferences(html: string, pageUrl: string): OutsideReference[] {
  const document = collectDocument(fromHtml(html), '');
  return unique(servedOver(pageUrl).flatMap((page) => judgeDocument(document, page, page)));
}

/** Every `url()`, `image-set()` and `@import` of a stylesheet that would reach another host. */
export function findOutsideReferencesInCss(css: string, fileUrl: string): OutsideReference[] {
  const references = cssReferences(css, 'stylesheet', '');
  return unique(servedOver(fileUrl).flatMap((file) => judgeAll(references, file, file)));
}

/**
 * The page URL over both http and https. The site is read over https on the web but over http
 * in `npm start` and on some mirrors, and the URL parser treats a reference with the page's
 * own scheme and no slashes (`https:evil.example`) as a path on the same site, but one with
 * the other scheme as a host: a reference is local only if it stays local over both.
 */
function servedOver(pageUrl: string): URL[] {
  const page = new URL(pageUrl);
  if (page.protocol !== 'https:' && page.protocol !== 'http:') return [page];
  const other = new URL(page);
  other.protocol = page.protocol === 'https:' ? 'http:' : 'https:';
  return [page, other];
}

function unique(findings: OutsideReference[]): OutsideReference[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = `${finding.where}\u0000${finding.reference}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// ---------------------------------------------------------------------------------------------
// Judging: resolve as a browser would, then compare hosts.

function judgeDocument(document: DocumentReferences, fallbackBase: URL, page: URL): OutsideReference[] {
  const base = documentBase(document.baseHrefs, fallbackBase);
  return [
    ...judgeAll(document.baseHrefs, fallbackBase, page),
    ...judgeAll(document.references, base, page),
    ...document.inlineFrames.flatMap((frame) => judgeDocument(frame, base, page)),
  ];
}

/**
 * The document base URL (HTML "frozen base URL"): the first `<base>` with an href, unless it
 * does not parse or is `data:`/`javascript:`, which browsers refuse as a base. References before
 * the `<base>` element are judged against it too: a `<base>` on this site changes only paths,
 * and one on another host is a finding of its own.
 */
function documentBase(baseHrefs: Reference[], fallbackBase: URL): URL {
  const first = baseHrefs[0];
  if (!first) return fallbackBase;
  const base = resolve(first.reference, fallbackBase);
  if (!base || base.protocol === 'data:' || base.protocol === 'javascript:') return fallbackBase;
  return base;
}

function judgeAll(references: Reference[], base: URL, page: URL): OutsideReference[] {
  return references.flatMap((reference) => {
    const url = outsideUrl(reference, base, page);
    return url ? [{ where: reference.where, reference: reference.reference, url }] : [];
  });
}

/** The URL a browser would contact, if it is not this site; undefined if it stays local. */
function outsideUrl(reference: Reference, base: URL, page: URL): string | undefined {
  const url = resolve(reference.reference, base);
  // A reference the URL parser rejects is never requested.
  if (!url) return undefined;
  if (url.protocol === 'javascript:') return url.href;
  if (url.protocol === 'data:') return reference.content === 'active' ? url.href : undefined;
  // about:blank and about:srcdoc are made by the browser itself.
  if (url.protocol === 'about:') return undefined;
  return isThisSite(url, page) ? undefined : url.href;
}

/**
 * Same host and port over http or https (a blob: URL counts as the site that made it). Any
 * other scheme (file:, ftp:, mailto:, an app's own) leaves the site or hands the request to
 * another program; `file://host/share` even reaches a Windows file server.
 */
function isThisSite(url: URL, page: URL): boolean {
  if (url.origin === 'null') return false;
  const origin = new URL(url.origin);
  return (origin.protocol === 'https:' || origin.protocol === 'http:') && origin.host === page.host;
}

/**
 * The WHATWG URL parser is the one browsers use: it strips tabs and newlines inside the URL,
 * reads `\` as `/` in http(s) URLs and resolves `//host` against the page's scheme.
 */
function resolve(reference: string, base: URL): URL | undefined {
  try {
    return new URL(reference, base);
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Collecting: every attribute and stylesheet that makes a browser fetch something.

function collectDocument(tree: Root, prefix: string): DocumentReferences {
  const document: DocumentReferences = { baseHrefs: [], references: [], inlineFrames: [] };
  collectTree(tree, prefix, document);
  return document;
}

function collectTree(tree: Root, prefix: string, document: DocumentReferences): void {
  visit(tree, 'element', (element) => {
    collectElement(element, prefix, document);
    // Template content is a separate fragment the tree walk does not enter; scripts clone it
    // into the page (Starlight's theme icons), so its references load just the same.
    if (element.content) collectTree(element.content, prefix, document);
  });
}

function collectElement(element: Element, prefix: string, document: DocumentReferences): void {
  const tag = element.tagName;
  if (tag === 'base') {
    const href = text(element.properties.href);
    if (href !== undefined) document.baseHrefs.push({ where: `${prefix}base[href]`, reference: href, content: 'active' });
  } else if (tag === 'link') {
    collectLink(element, prefix, document);
  } else if (tag === 'meta') {
    const url = refreshUrl(element);
    if (url !== undefined) document.references.push({ where: `${prefix}meta[http-equiv=refresh][content]`, reference: url, content: 'active' });
  } else if (tag === 'style') {
    document.references.push(...cssReferences(textContent(element), 'stylesheet', `${prefix}style element: `));
  } else if (tag === 'iframe') {
    const srcdoc = text(element.properties.srcDoc);
    if (srcdoc !== undefined) document.inlineFrames.push(collectDocument(fromHtml(srcdoc), `${prefix}iframe[srcdoc] > `));
  }
  collectLoadingAttributes(element, prefix, document);
  collectSvgReferences(element, prefix, document);
  collectStyleAttributes(element, prefix, document);
}

/** The HTML attributes that load what they name, on whichever element they appear. */
function collectLoadingAttributes(element: Element, prefix: string, document: DocumentReferences): void {
  const tag = element.tagName;
  const properties = element.properties;
  const add = (attribute: string, value: string | undefined, content: Content): void => {
    if (value !== undefined) document.references.push({ where: `${prefix}${tag}[${attribute}]`, reference: value, content });
  };
  // `src` loads on every element that has one (img, script, iframe, frame, embed, audio,
  // video, source, track, input type=image, mglyph); judging it everywhere forgets none.
  add('src', text(properties.src), passiveElements.has(tag) ? 'passive' : 'active');
  for (const url of srcsetUrls(text(properties.srcSet) ?? '')) add('srcset', url, 'passive');
  add('poster', text(properties.poster), 'passive');
  // Obsolete, but still drawn as a background by every browser on body and table cells.
  add('background', text(properties.background), 'passive');
  if (tag === 'object') add('data', text(properties.data), 'active');
  // The application cache is gone from browsers, but an old one would still fetch it.
  if (tag === 'html') add('manifest', text(properties.manifest), 'active');
  // A form sends what the reader typed wherever it says: form-action 'self' in the policy.
  if (tag === 'form') add('action', text(properties.action), 'active');
  add('formaction', text(properties.formAction), 'active');
  // Each `ping` URL gets a request behind the reader's back when they follow the link.
  for (const url of tokens(properties.ping)) add('ping', url, 'active');
}

/** Elements whose `src` is displayed, never run: a `data:` URL there stays on the reader's device. */
const passiveElements = new Set(['img', 'source', 'audio', 'video', 'track', 'input']);

/**
 * `href` and `xlink:href` load on every element except links the reader follows (`<a>`,
 * `<area>`) and elements read apart (`<link>`, `<base>`): SVG's `<image>`, `<feImage>`,
 * `<use>`, `<script>`, and the paint servers and filters it may point at.
 */
function collectSvgReferences(element: Element, prefix: string, document: DocumentReferences): void {
  const tag = element.tagName;
  if (tag === 'a' || tag === 'area' || tag === 'link' || tag === 'base') return;
  const content: Content = tag === 'image' || tag === 'feImage' ? 'passive' : 'active';
  for (const [property, attribute] of [['href', 'href'], ['xLinkHref', 'xlink:href']] as const) {
    const value = text(element.properties[property]);
    if (value !== undefined) document.references.push({ where: `${prefix}${tag}[${attribute}]`, reference: value, content });
  }
}

/**
 * `style` attributes, and SVG presentation attributes that take a CSS `url()`: a filter,
 * mask or marker in another file is fetched like an image.
 */
function collectStyleAttributes(element: Element, prefix: string, document: DocumentReferences): void {
  const where = (attribute: string): string => `${prefix}${element.tagName}[${attribute}]: `;
  const style = text(element.properties.style);
  if (style !== undefined) document.references.push(...cssReferences(style, 'declarationList', where('style')));
  for (const [property, attribute] of presentationAttributes) {
    const value = text(element.properties[property]);
    if (value !== undefined) document.references.push(...cssReferences(value, 'value', where(attribute)));
  }
}

/** hast property names of the SVG presentation attributes whose value may be a `url()`. */
const presentationAttributes = [
  ['fill', 'fill'],
  ['stroke', 'stroke'],
  ['filter', 'filter'],
  ['mask', 'mask'],
  ['clipPath', 'clip-path'],
  ['markerStart', 'marker-start'],
  ['markerMid', 'marker-mid'],
  ['markerEnd', 'marker-end'],
  ['cursor', 'cursor'],
] as const;

/**
 * Link types that only describe a relation and make the browser fetch nothing. Any other type,
 * known or not, counts as loading: a new one the browser learns (`compression-dictionary`,
 * `expect`) must not slip through unnoticed. `search` is missing on purpose: browsers fetch
 * an OpenSearch description to offer the site as a search engine.
 */
const linkTypesThatLoadNothing = new Set([
  'alternate', 'archives', 'author', 'bookmark', 'canonical', 'external', 'first', 'help',
  'index', 'last', 'license', 'me', 'next', 'nofollow', 'noopener', 'noreferrer', 'opener',
  'prev', 'privacy-policy', 'shortlink', 'sitemap', 'tag', 'terms-of-service', 'up',
]);

/** Icons are drawn, never run, like images. */
const iconLinkTypes = new Set(['icon', 'shortcut', 'apple-touch-icon', 'apple-touch-icon-precomposed', 'mask-icon']);

function collectLink(element: Element, prefix: string, document: DocumentReferences): void {
  const rel = tokens(element.properties.rel).map((type) => type.toLowerCase());
  // `alternate stylesheet` is fetched: one loading type is enough.
  if (!rel.some((type) => !linkTypesThatLoadNothing.has(type))) return;
  const content: Content = rel.every((type) => iconLinkTypes.has(type)) ? 'passive' : 'active';
  const where = (attribute: string): string => `${prefix}link[rel=${rel.join(' ')}][${attribute}]`;
  const href = text(element.properties.href);
  if (href !== undefined) document.references.push({ where: where('href'), reference: href, content });
  // `<link rel=preload as=image imagesrcset=…>` preloads every candidate the browser may pick.
  const imageSrcset = text(element.properties.imageSrcSet);
  if (imageSrcset !== undefined) {
    for (const url of srcsetUrls(imageSrcset)) document.references.push({ where: where('imagesrcset'), reference: url, content });
  }
}

// ---------------------------------------------------------------------------------------------
// Attribute micro-syntaxes, each as the HTML standard parses it.

/**
 * The URL of every candidate in a `srcset`, per HTML "parse a srcset attribute": a URL is a run
 * of non-whitespace, so a comma inside it (`data:image/png;base64,…`) does not split it, but a
 * comma it ends with does; its descriptors run to a comma outside parentheses.
 * https://html.spec.whatwg.org/multipage/images.html#parsing-a-srcset-attribute
 */
function srcsetUrls(srcset: string): string[] {
  const urls: string[] = [];
  let position = 0;
  const at = (): string => srcset.charAt(position);
  while (true) {
    while (position < srcset.length && (isAsciiWhitespace(at()) || at() === ',')) position++;
    if (position >= srcset.length) return urls;
    const start = position;
    while (position < srcset.length && !isAsciiWhitespace(at())) position++;
    let url = srcset.slice(start, position);
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      let inParentheses = false;
      for (; position < srcset.length; position++) {
        const character = at();
        if (inParentheses) inParentheses = character !== ')';
        else if (character === '(') inParentheses = true;
        else if (character === ',') break;
      }
      position++;
    }
    urls.push(url);
  }
}

/**
 * The URL of `<meta http-equiv=refresh content="5; url=…">`, per HTML "shared declarative
 * refresh steps"; undefined if the page refreshes itself or not at all. Browsers accept far
 * more than `url=`: `0,'x'`, `0 x`, `0; URL = "x"`.
 * https://html.spec.whatwg.org/multipage/semantics.html#shared-declarative-refresh-steps
 */
function refreshUrl(meta: Element): string | undefined {
  if (tokens(meta.properties.httpEquiv).join(' ').toLowerCase() !== 'refresh') return undefined;
  const input = text(meta.properties.content);
  if (input === undefined) return undefined;
  let position = 0;
  const at = (): string => input.charAt(position);
  const skipWhitespace = (): void => {
    while (position < input.length && isAsciiWhitespace(at())) position++;
  };
  skipWhitespace();
  const timeStart = position;
  while (position < input.length && /[0-9]/.test(at())) position++;
  if (position === timeStart && at() !== '.') return undefined;
  while (position < input.length && /[0-9.]/.test(at())) position++;
  if (position < input.length) {
    if (at() !== ';' && at() !== ',' && !isAsciiWhitespace(at())) return undefined;
    skipWhitespace();
    if (at() === ';' || at() === ',') position++;
    skipWhitespace();
  }
  if (position >= input.length) return undefined;
  let urlString = input.slice(position);
  if (/^url[\t\n\f\r ]*=/i.test(urlString)) {
    position += 3;
    skipWhitespace();
    position++;
    skipWhitespace();
  } else if (/^u/i.test(urlString)) {
    // "u", "ur", "url" not followed by "=": the standard jumps to parse the rest as it is.
    return urlString;
  }
  const quote = at() === '"' || at() === "'" ? at() : '';
  if (quote) position++;
  urlString = input.slice(position);
  const end = quote ? urlString.indexOf(quote) : -1;
  return end === -1 ? urlString : urlString.slice(0, end);
}

function isAsciiWhitespace(character: string): boolean {
  return character === ' ' || character === '\t' || character === '\n' || character === '\f' || character === '\r';
}

/** A hast property as the attribute's text; hast keeps space-separated lists as arrays. */
function text(value: Properties[string]): string | undefined {
  if (value === undefined || value === null || value === false) return undefined;
  if (value === true) return '';
  return Array.isArray(value) ? value.join(' ') : String(value);
}

function tokens(value: Properties[string]): string[] {
  if (Array.isArray(value)) return value.map(String);
  const single = text(value);
  return single === undefined ? [] : single.split(/[\t\n\f\r ]+/).filter(Boolean);
}

/** The text of a `<style>`: in SVG its content is parsed as markup, so gather every text node. */
function textContent(element: Element): string {
  let content = '';
  visit(element, 'text', (node) => {
    content += node.value;
  });
  return content;
}

// ---------------------------------------------------------------------------------------------
// CSS: parsed with css-tree, which decodes escapes (`url(https\3a //x)`) as a browser does.

/** CSS functions whose string argument is a URL: `url("…")`, `image-set("…" 1x)`, `src("…")`. */
const urlFunctions = new Set(['url', 'src', 'image-set', '-webkit-image-set']);

type CssContext = 'stylesheet' | 'declarationList' | 'value';

/**
 * The URLs a piece of CSS loads, with `@import` as active content and every other URL (images,
 * fonts, masks) as passive. `where` prefixes the location: `style element: `, `div[style]: `.
 */
function cssReferences(css: string, context: CssContext, where: string): Reference[] {
  const references: Reference[] = [];
  const add = (reference: string, kind: string, content: Content): void => {
    references.push({ where: `${where}${kind}`, reference, content });
  };
  // Custom properties are parsed too: `--x: url(…)` loads wherever `var(--x)` is used.
  const tree = parseCss(css, { context, parseCustomProperty: true });
  walkCss(tree, function (node) {
    const inImport = this.atrule?.name.toLowerCase() === 'import' && this.atrulePrelude !== null;
    // In other at-rule preludes a URL names something, never loads it: `@namespace svg url(…)`,
    // `@supports (background: url(…))`.
    if (this.atrulePrelude !== null && !inImport) return;
    const functionName = this.function ? ident.decode(this.function.name).toLowerCase() : undefined;
    if (node.type === 'Url') {
      add(node.value, inImport ? '@import' : 'url()', inImport ? 'active' : 'passive');
    } else if (node.type === 'String' && inImport && functionName === undefined) {
      add(node.value, '@import', 'active');
    } else if (node.type === 'String' && functionName !== undefined && urlFunctions.has(functionName)) {
      add(node.value, inImport ? '@import' : `${functionName}()`, inImport ? 'active' : 'passive');
    } else if (node.type === 'Raw') {
      // css-tree keeps what it cannot parse as raw text; a browser may still read a URL in it.
      const importPrelude = this.atrule?.name.toLowerCase() === 'import' && this.atrule.prelude === node;
      for (const url of rawCssUrls(node.value, importPrelude)) {
        add(url, importPrelude ? '@import' : 'url()', importPrelude ? 'active' : 'passive');
      }
    }
  });
  return references;
}

/**
 * URLs in CSS that css-tree kept raw, read from the CSS tokens as the CSS Syntax standard
 * defines them, so recovery from an error never hides a URL: url tokens, strings given to
 * url()/image-set() (or to `@import` itself), and `url(` spelled with escapes (`\75 rl(`),
 * which css-tree does not recognise but browsers do (CSS Syntax, "consume an ident-like token").
 */
function rawCssUrls(raw: string, importPrelude: boolean): string[] {
  const found: { type: number; text: string }[] = [];
  tokenize(raw, (type, start, end) => {
    if (type !== tokenTypes.WhiteSpace && type !== tokenTypes.Comment) found.push({ type, text: raw.slice(start, end) });
  });
  const urls: string[] = [];
  const functions: string[] = [];
  for (let index = 0; index < found.length; index++) {
    const token = found[index];
    if (!token) continue;
    if (token.type === tokenTypes.Url) {
      urls.push(cssUrl.decode(token.text));
    } else if (token.type === tokenTypes.Function) {
      const name = ident.decode(token.text.slice(0, -1)).toLowerCase();
      const next = found[index + 1];
      if (name === 'url' && next && next.type !== tokenTypes.String) {
        const body: string[] = [];
        while (index + 1 < found.length && found[index + 1]?.type !== tokenTypes.RightParenthesis) body.push(found[++index]?.text ?? '');
        urls.push(cssUrl.decode(`url(${body.join('')})`));
        // The closing parenthesis belongs to the url token, not to an enclosing function.
        index++;
        continue;
      }
      functions.push(name);
    } else if (token.type === tokenTypes.LeftParenthesis) {
      functions.push('');
    } else if (token.type === tokenTypes.RightParenthesis) {
      functions.pop();
    } else if (token.type === tokenTypes.String && (urlFunctions.has(functions.at(-1) ?? '') || (importPrelude && functions.length === 0))) {
      urls.push(cssString.decode(token.text));
    }
  }
  return urls;
}

