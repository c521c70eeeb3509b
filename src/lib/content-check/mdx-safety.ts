import type { Root, Nodes, Definition } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Element, Nodes as HastNodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { find, html as htmlSchema } from 'property-information';
import { visit, SKIP } from 'unist-util-visit';
import { allowedComponents, allowedHtmlElements, globalAttributes, linkSchemes, type AttributeRule } from './markup-allowlist.ts';
import { didYouMean } from '../content/did-you-mean.ts';
import { findInvisibleCharacter, invisibleCharacterMessage } from '../../schemas/invisible-characters.ts';

export interface BodyFinding {
  line: number;
  column: number;
  message: string;
}

interface Position {
  line: number;
  column: number;
}

/**
 * Everything in a page body that could run code at build time or in a reader's browser, or
 * make a reader's browser contact another website. Contributions come from people we do not
 * know: this is what keeps a hostile pull request from doing harm.
 */
export function findUnsafeContent(tree: Root): BodyFinding[] {
  const findings: BodyFinding[] = [];
  const report = (at: Position | undefined, message: string) => {
    findings.push({ line: at?.line ?? 1, column: at?.column ?? 1, message });
  };
  const definitions = new Map<string, Definition>();
  visit(tree, 'definition', (node) => {
    definitions.set(node.identifier, node);
  });

  visit(tree, (node: Nodes) => {
    const at = node.position?.start;
    switch (node.type) {
      case 'mdxjsEsm':
        report(
          at,
          'Pages may not contain "import" or "export" lines: they run code when the site is built. Delete the line; the components the site provides (such as <Aside>) work without importing.',
        );
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (isOnlyComment(node.value)) break;
        report(
          at,
          'Text in curly braces {…} is JavaScript, which pages may not contain. Delete it; to show a curly brace, write "\\{"; for a placeholder, use square brackets such as [NAME].',
        );
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkJsxElement(node, (message) => report(at, message));
        break;
      case 'html':
        for (const finding of findUnsafeHtml(node.value)) report(shift(at, finding), finding.message);
        break;
      case 'text':
      case 'inlineCode': {
        // Headings, table cells, image descriptions: any text a reader sees.
        const invisible = findInvisibleCharacter(node.value);
        if (invisible) report(at, invisibleCharacterMessage(invisible));
        break;
      }
      case 'link':
      case 'definition': {
        const problem = addressProblem(node.url, 'link');
        if (problem) report(at, problem);
        break;
      }
      case 'image':
      case 'imageReference': {
        const description = findInvisibleCharacter(`${node.alt ?? ''}${node.type === 'image' ? (node.title ?? '') : ''}`);
        if (description) report(at, invisibleCharacterMessage(description));
        const url = node.type === 'image' ? node.url : definitions.get(node.identifier)?.url;
        const problem = url === undefined ? undefined : addressProblem(url, 'site-file');
        if (problem) report(at, problem);
        break;
      }
      case 'paragraph': {
        const first = node.children[0];
        if (first?.type === 'text' && /^:::/.test(first.value)) {
          report(
            at,
            'Boxes written with ":::" are not shown on this site: the text inside would disappear. Write <Aside type="note">your text</Aside> instead (type can be note, tip, caution or danger).',
          );
        }
        break;
      }
    }
  });
  return findings;
}

/** `{/* a note for the next editor *\/}` is MDX's comment: it runs nothing and is not shown. */
function isOnlyComment(expression: string): boolean {
  return /^\s*\/\*[\s\S]*?\*\/\s*$/.test(expression) && expression.indexOf('*/') === expression.lastIndexOf('*/');
}

/** A position inside a raw HTML node, made a position in the body. */
function shift(start: Position | undefined, inner: Position): Position {
  const base = start ?? { line: 1, column: 1 };
  return inner.line === 1 ? { line: base.line, column: base.column + inner.column - 1 } : { line: base.line + inner.line - 1, column: inner.column };
}

const remoteImageMessage =
  'Images must be files of this site, not on another website: loading one would tell that website who reads this page. Save the image in public/images/ and write its path, for example /images/chart.png.';

/** Addresses are judged as the reader's browser will read them: resolved against a page of the site. */
const pageAddress = 'https://atlas.invalid/en/page/';

/**
 * Whether an address is safe where it stands. The WHATWG URL parser decides, as in the browser,
 * so `java\tscript:`, `//host` or `\\host` cannot pass for something harmless.
 */
export function addressProblem(address: string, rule: 'link' | 'site-file'): string | undefined {
  const invisible = findInvisibleCharacter(address, 'address');
  if (invisible) return invisibleCharacterMessage(invisible);
  let url: URL;
  try {
    url = new URL(address, pageAddress);
  } catch {
    return `The address "${address}" cannot be read as a web address. Write a page of this site (/en/…) or a full address starting with https://.`;
  }
  const isWeb = url.protocol === 'https:' || url.protocol === 'http:';
  if (!linkSchemes.has(url.protocol) || (rule === 'site-file' && !isWeb)) {
    return `Addresses starting with "${url.protocol}" are not allowed: they can run code or hide content. Link to a web page (https://…) or to a page of this site (/en/…).`;
  }
  if (rule === 'site-file' && url.origin !== new URL(pageAddress).origin) return remoteImageMessage;
  return undefined;
}

function checkJsxElement(node: MdxJsxFlowElement | MdxJsxTextElement, report: (message: string) => void): void {
  const name = node.name;
  if (name === null) {
    report('Empty tags <>…</> are not allowed. Remove them and keep the text inside.');
    return;
  }
  const isComponent = /^[A-Z]/.test(name) || name.includes('.');
  if (isComponent) {
    checkComponent(node, name, report);
    return;
  }
  const attributes: [string, string][] = [];
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute' || (attribute.value !== null && typeof attribute.value !== 'string')) {
      report(`<${name}> has a {…} expression in its attributes, which pages may not contain. Write attributes as name="text".`);
      continue;
    }
    attributes.push([attribute.name, attribute.value ?? '']);
  }
  checkHtmlElement(name, attributes).forEach(report);
}

function checkComponent(node: MdxJsxFlowElement | MdxJsxTextElement, name: string, report: (message: string) => void): void {
  const allowed = allowedComponents[name as keyof typeof allowedComponents] as Record<string, readonly string[] | 'text'> | undefined;
  if (!allowed) {
    const names = Object.keys(allowedComponents);
    const suggestion = didYouMean(name, names);
    report(`<${name}> is not a component of this site.${suggestion ? ` Did you mean <${suggestion}>?` : ''} Pages may use only: ${names.map((n) => `<${n}>`).join(', ')}.`);
    return;
  }
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      report(`<${name}> has a {…} expression among its props. Write each prop as name="text".`);
      continue;
    }
    const rule = allowed[attribute.name];
    if (rule === undefined) {
      report(`<${name}> has no prop "${attribute.name}". It accepts: ${Object.keys(allowed).join(', ')}.`);
    } else if (attribute.value === null || typeof attribute.value !== 'string') {
      report(`The prop "${attribute.name}" of <${name}> must be plain text in quotes, as in ${attribute.name}="…", not a {…} expression.`);
    } else if (rule !== 'text' && !rule.includes(attribute.value)) {
      const suggestion = didYouMean(attribute.value, rule);
      report(`<${name} ${attribute.name}="${attribute.value}"> is not allowed. Use one of: ${rule.join(', ')}.${suggestion ? ` Did you mean "${suggestion}"?` : ''}`);
    } else {
      const invisible = findInvisibleCharacter(attribute.value);
      if (invisible) report(invisibleCharacterMessage(invisible));
    }
  }
}

const someAllowedElements = ['abbr', 'sup', 'sub', 'br', 'table', 'details'].map((n) => `<${n}>`).join(', ');

/** One element, whether written as JSX in MDX or as raw HTML: the same list judges both. */
function checkHtmlElement(element: string, attributes: readonly (readonly [string, string])[]): string[] {
  const name = element.toLowerCase();
  const allowed = Object.hasOwn(allowedHtmlElements, name) ? allowedHtmlElements[name] : undefined;
  if (!allowed) {
    return [
      `<${element}> is not allowed in pages: only elements for plain text (such as ${someAllowedElements}) are, because others can run code, load content from another website or change the page around the text. Remove it; write the content as text, a link or a list.`,
    ];
  }
  return attributes.flatMap(([attribute, value]) => checkAttribute(name, attribute, value, allowed));
}

function checkAttribute(element: string, attribute: string, value: string, allowed: Readonly<Record<string, AttributeRule>>): string[] {
  const lower = attribute.toLowerCase();
  if (lower.startsWith('on')) return [`The attribute "${attribute}" on <${element}> runs code, which pages may not contain. Remove it.`];
  if (lower === 'style') {
    return [`The attribute "style" on <${element}> is not allowed: the site's design handles appearance, and styles can load content from another website. Remove it.`];
  }
  const rule = Object.hasOwn(allowed, lower) ? allowed[lower] : Object.hasOwn(globalAttributes, lower) ? globalAttributes[lower] : undefined;
  if (rule === undefined) {
    const accepted = [...Object.keys(allowed), ...Object.keys(globalAttributes)];
    return [`The attribute "${attribute}" is not allowed on <${element}>. Remove it; <${element}> may have: ${accepted.join(', ')}.`];
  }
  if (rule === 'number') return /^\d{1,4}$/.test(value) ? [] : [`The attribute "${attribute}" on <${element}> must be a whole number, as in ${attribute}="2".`];
  if (rule === 'link' || rule === 'site-file') {
    const problem = addressProblem(value, rule);
    return problem ? [problem] : [];
  }
  const invisible = findInvisibleCharacter(value);
  return invisible ? [invisibleCharacterMessage(invisible)] : [];
}

/**
 * Raw HTML in Markdown (.md) files reaches the page as it is. It is parsed by an HTML parser
 * (parse5, through hast), exactly as a browser would split it into elements and attributes, so
 * a quoted ">" or an unquoted value cannot hide an attribute from the check.
 */
export function findUnsafeHtml(html: string): BodyFinding[] {
  const findings: BodyFinding[] = [];
  const tree = fromHtml(html, {
    fragment: true,
    // A tag, attribute or comment left open here would be finished by what follows it on the
    // page, out of the check's sight: a browser reads the whole page as one document.
    onerror: (problem) => {
      if (!problem.ruleId?.startsWith('eof-in-')) return;
      findings.push({ line: problem.line ?? 1, column: problem.column ?? 1, message: unfinishedHtmlMessage });
    },
  });
  visit(tree, (node: HastNodes) => {
    if (node.type !== 'text') return;
    const invisible = findInvisibleCharacter(node.value);
    const at = node.position?.start ?? { line: 1, column: 1 };
    if (invisible) findings.push({ line: at.line, column: at.column, message: invisibleCharacterMessage(invisible) });
  });
  visit(tree, 'element', (node: Element) => {
    const at = node.position?.start ?? { line: 1, column: 1 };
    const messages = checkHtmlElement(node.tagName, attributesOf(node));
    for (const message of messages) findings.push({ line: at.line, column: at.column, message });
    // A refused element is reported once, not again for everything inside it.
    return Object.hasOwn(allowedHtmlElements, node.tagName) ? undefined : SKIP;
  });
  return findings;
}

const unfinishedHtmlMessage =
  'This HTML is not finished: a tag, an attribute value in quotes or a comment is left open, and the text after it would become part of it. Close it where it starts (every "<" needs its ">", every quote its closing quote, every "<!--" its "-->").';

/** hast names attributes as DOM properties (`onError`); the rules speak of attributes (`onerror`). */
function attributesOf(node: Element): [string, string][] {
  return Object.entries(node.properties).flatMap(([property, value]): [string, string][] => {
    if (value === false || value === null || value === undefined) return [];
    const text = Array.isArray(value) ? value.join(' ') : value === true ? '' : String(value);
    return [[find(htmlSchema, property).attribute, text]];
  });
}

