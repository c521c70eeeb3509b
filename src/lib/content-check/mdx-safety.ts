import type { Root, Nodes } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { allowedComponents, forbiddenHtmlElements, loadingAttributes, urlAttributes } from './mdx-allowlist.ts';
import { didYouMean } from './did-you-mean.ts';

export interface BodyFinding {
  line: number;
  column: number;
  message: string;
}

/** `javascript:` runs code when clicked; `data:` and `vbscript:` can carry a whole page or script. */
const dangerousScheme = /^\s*(javascript|data|vbscript)\s*:/i;
const remoteAddress = /^\s*(https?:)?\/\//i;

/**
 * Everything in a page body that could run code at build time or in a reader's browser, or
 * make a reader's browser contact another website. Contributions come from people we do not
 * know: this is what keeps a hostile pull request from doing harm.
 */
export function findUnsafeContent(tree: Root): BodyFinding[] {
  const findings: BodyFinding[] = [];
  const report = (node: Nodes, message: string) => {
    const start = node.position?.start;
    findings.push({ line: start?.line ?? 1, column: start?.column ?? 1, message });
  };

  visit(tree, (node: Nodes) => {
    switch (node.type) {
      case 'mdxjsEsm':
        report(
          node,
          'Pages may not contain "import" or "export" lines: they run code when the site is built. Delete the line; the components the site provides (such as <Aside>) work without importing.',
        );
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (isOnlyComment(node.value)) break;
        report(
          node,
          'Text in curly braces {…} is JavaScript, which pages may not contain. Delete it; to show a curly brace, write "\\{"; for a placeholder, use square brackets such as [NAME].',
        );
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, report);
        break;
      case 'html':
        checkRawHtml(node.value).forEach((message) => report(node, message));
        break;
      case 'link':
      case 'definition':
        if (dangerousScheme.test(node.url)) report(node, dangerousLinkMessage(node.url));
        break;
      case 'image':
        if (dangerousScheme.test(node.url)) report(node, dangerousLinkMessage(node.url));
        else if (remoteAddress.test(node.url)) report(node, remoteImageMessage);
        break;
      case 'paragraph': {
        const first = node.children[0];
        if (first?.type === 'text' && /^:::/.test(first.value)) {
          report(
            node,
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

const remoteImageMessage =
  'Images must be files of this site, not on another website: loading one would tell that website who reads this page. Save the image in public/images/ and write its path, for example /images/chart.png.';

function dangerousLinkMessage(url: string): string {
  const scheme = url.trim().split(':')[0]!.toLowerCase();
  return `Addresses starting with "${scheme}:" are not allowed: they can run code or hide content. Link to a web page (https://…) or to a page of this site (/en/…).`;
}

function checkElement(node: MdxJsxFlowElement | MdxJsxTextElement, report: (node: Nodes, message: string) => void): void {
  const name = node.name;
  if (name === null) {
    report(node, 'Empty tags <>…</> are not allowed. Remove them and keep the text inside.');
    return;
  }
  const isComponent = /^[A-Z]/.test(name) || name.includes('.');
  if (isComponent) {
    const allowed = allowedComponents[name as keyof typeof allowedComponents] as Record<string, readonly string[] | 'text'> | undefined;
    if (!allowed) {
      const names = Object.keys(allowedComponents);
      const suggestion = didYouMean(name, names);
      report(
        node,
        `<${name}> is not a component of this site.${suggestion ? ` Did you mean <${suggestion}>?` : ''} Pages may use only: ${names.map((n) => `<${n}>`).join(', ')}.`,
      );
      return;
    }
    for (const attribute of node.attributes) {
      if (attribute.type === 'mdxJsxExpressionAttribute') {
        report(node, `<${name}> has a {…} expression among its props. Write each prop as name="text".`);
        continue;
      }
      const rule = allowed[attribute.name];
      if (rule === undefined) {
        const props = Object.keys(allowed);
        report(node, `<${name}> has no prop "${attribute.name}". It accepts: ${props.join(', ')}.`);
      } else if (attribute.value === null || typeof attribute.value !== 'string') {
        report(node, `The prop "${attribute.name}" of <${name}> must be plain text in quotes, as in ${attribute.name}="…", not a {…} expression.`);
      } else if (rule !== 'text' && !rule.includes(attribute.value)) {
        const suggestion = didYouMean(attribute.value, rule);
        report(
          node,
          `<${name} ${attribute.name}="${attribute.value}"> is not allowed. Use one of: ${rule.join(', ')}.${suggestion ? ` Did you mean "${suggestion}"?` : ''}`,
        );
      }
    }
    return;
  }
  if (forbiddenHtmlElements.has(name.toLowerCase())) {
    report(node, forbiddenElementMessage(name));
    return;
  }
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute' || (attribute.value !== null && typeof attribute.value !== 'string')) {
      report(node, `<${name}> has a {…} expression in its attributes, which pages may not contain. Write attributes as name="text".`);
      continue;
    }
    checkAttribute(name, attribute.name, attribute.value ?? '').forEach((message) => report(node, message));
  }
}

function forbiddenElementMessage(name: string): string {
  return `<${name}> is not allowed in pages: it can run code, load content from another website or change the page around the text. Remove it; write the content as text, a link or a list.`;
}

function checkAttribute(element: string, attribute: string, value: string): string[] {
  const lower = attribute.toLowerCase();
  if (lower.startsWith('on')) {
    return [`The attribute "${attribute}" on <${element}> runs code, which pages may not contain. Remove it.`];
  }
  if (lower === 'style') {
    return [`The attribute "style" on <${element}> is not allowed: the site's design handles appearance, and styles can load content from another website. Remove it.`];
  }
  if (urlAttributes.has(lower) && dangerousScheme.test(value)) return [dangerousLinkMessage(value)];
  if (loadingAttributes.has(lower) && remoteAddress.test(value)) return [remoteImageMessage];
  return [];
}

/** Raw HTML in Markdown (.md) files reaches the page as it is: it needs the same rules as MDX. */
export function checkRawHtml(html: string): string[] {
  const messages: string[] = [];
  for (const tag of html.matchAll(/<\s*([a-zA-Z][\w:-]*)([^>]*)>/g)) {
    const element = tag[1]!;
    if (forbiddenHtmlElements.has(element.toLowerCase())) {
      messages.push(forbiddenElementMessage(element));
      continue;
    }
    for (const attribute of (tag[2] ?? '').matchAll(/([^\s=/"']+)\s*(?:=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
      const value = attribute[2] ?? attribute[3] ?? attribute[4] ?? '';
      messages.push(...checkAttribute(element, attribute[1]!, value));
    }
  }
  return messages;
}
