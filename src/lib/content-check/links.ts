import type { Root, Nodes } from 'mdast';
import { visit } from 'unist-util-visit';
import type { BodyFinding } from './mdx-safety.ts';
import { didYouMean } from '../content/did-you-mean.ts';

/** What a link inside the site may point at. */
export interface SiteMap {
  /** Every page address the build produces, such as `/fr/guides/x/` (fallbacks included). */
  pages: ReadonlySet<string>;
  /** Files served as they are, from public/, such as `/files/letter.docx`. */
  publicFiles: ReadonlySet<string>;
  /** Whether a file exists, for images written relative to the page. */
  fileExists(path: string): boolean;
  /** The ids of the glossary's terms, which <Term id="…"> links to. */
  glossaryTerms: ReadonlySet<string>;
}

const schemeOrProtocolRelative = /^([a-z][a-z0-9+.-]*:|\/\/)/i;

/**
 * Internal links must reach a page of the site (translated, or in English as a fallback), and
 * images must exist and say what they show.
 */
export function findLinkProblems(tree: Root, site: SiteMap, pageDir: string): BodyFinding[] {
  const findings: BodyFinding[] = [];
  const report = (node: Nodes, message: string) => {
    const start = node.position?.start;
    findings.push({ line: start?.line ?? 1, column: start?.column ?? 1, message });
  };

  visit(tree, (node: Nodes) => {
    if (node.type === 'link' || node.type === 'definition') {
      const problem = internalLinkProblem(node.url, site);
      if (problem) report(node, problem);
    } else if (node.type === 'image') {
      if (!node.alt || node.alt.trim() === '') {
        report(node, 'This image has no description. Write what it shows between the square brackets, as in ![Map of the regions of Italy](/images/map.png): people who cannot see it hear this text.');
      }
      const problem = imageProblem(node.url, site, pageDir);
      if (problem) report(node, problem);
    } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Term') {
      const id = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
      if (!id || typeof id.value !== 'string') {
        report(node, '<Term> needs the id of a glossary entry, as in <Term id="asylum-seeker">asylum seekers</Term>.');
      } else if (!site.glossaryTerms.has(id.value)) {
        const suggestion = didYouMean(id.value, [...site.glossaryTerms]);
        report(node, `<Term id="${id.value}"> names no entry of the glossary (content/glossary/terms.yaml).${suggestion ? ` Did you mean "${suggestion}"?` : ''} Use the id of an entry, or add the term to the glossary first.`);
      }
    } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'a') {
      const href = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'href');
      if (href && typeof href.value === 'string') {
        const problem = internalLinkProblem(href.value, site);
        if (problem) report(node, problem);
      }
    }
  });
  return findings;
}

function internalLinkProblem(url: string, site: SiteMap): string | undefined {
  if (url === '' || url.startsWith('#') || schemeOrProtocolRelative.test(url)) return undefined;
  const path = url.split(/[?#]/)[0]!;
  if (!path.startsWith('/')) {
    return `The link "${url}" is written relative to this page, which breaks when the page is translated or moved. Write the full path starting with the language, for example /en/guides/health-care-asylum-seekers/.`;
  }
  if (site.pages.has(path) || site.publicFiles.has(path)) return undefined;
  if (!path.endsWith('/') && site.pages.has(`${path}/`)) {
    return `The link "${url}" needs a "/" at the end: write ${path}/${url.slice(path.length)}.`;
  }
  const close = closestPage(path, site.pages);
  return `The link "${url}" leads to no page of this site.${close ? ` Did you mean ${close}?` : ''} Check the spelling, or link to an existing page.`;
}

function imageProblem(url: string, site: SiteMap, pageDir: string): string | undefined {
  if (schemeOrProtocolRelative.test(url)) return undefined; // remote images are refused by the safety rules
  const path = url.split(/[?#]/)[0]!;
  if (path.startsWith('/')) {
    return site.publicFiles.has(path) ? undefined : `The image "${url}" does not exist. Put the file in public${path} or correct the path.`;
  }
  return site.fileExists(`${pageDir}/${path}`) ? undefined : `The image "${url}" does not exist next to this page. Put the file there or correct the path.`;
}

/** The page address most like a mistyped one, in the same language, by its last segment. */
function closestPage(path: string, pages: ReadonlySet<string>): string | undefined {
  const locale = path.split('/')[1];
  const lastSegment = (page: string) => page.replace(/\/$/, '').split('/').pop() ?? '';
  const bySegment = new Map<string, string>();
  for (const page of pages) {
    if (page.split('/')[1] === locale && !bySegment.has(lastSegment(page))) bySegment.set(lastSegment(page), page);
  }
  const segment = didYouMean(lastSegment(path), [...bySegment.keys()]);
  return segment === undefined ? undefined : bySegment.get(segment);
}
