import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import type { Element, ElementContent, Root } from 'hast';
import { builtPages, readPage } from '../support/dist.ts';

/**
 * On right-to-left pages, text in another language or direction must be isolated, or the browser
 * (and the PDF) reorders it: "2013/33/EU" shows as "EU/2013/33" and full stops jump to the other
 * end. Every built Arabic page is read, not a sample.
 */

interface Finding {
  page: string;
  what: string;
}

/** A legal citation or code that must read left to right: 2013/33/EU, 883/2004, (EU) 2024/1346, § 4. */
const leftToRightCode = /\d+\/\d+|\((?:EU|EC|EEC|UE|CE)\)|§\s*\d/;

function findUnisolated(tree: Root, page: string, pageLang: string): Finding[] {
  const findings: Finding[] = [];
  const walk = (node: Root | ElementContent, inMain: boolean, isolated: boolean) => {
    if (node.type === 'text') {
      const match = leftToRightCode.exec(node.value);
      if (inMain && !isolated && match) findings.push({ page, what: `"${match[0]}" in "${node.value.trim().slice(0, 80)}" is not isolated (wrap it in <bdi>)` });
      return;
    }
    if (node.type !== 'element' && node.type !== 'root') return;
    let nowInMain = inMain;
    let nowIsolated = isolated;
    if (node.type === 'element') {
      const element = node as Element;
      const lang = typeof element.properties['lang'] === 'string' ? element.properties['lang'] : undefined;
      const dir = element.properties['dir'];
      if (element.tagName === 'main') nowInMain = true;
      if (['script', 'style', 'svg', 'code'].includes(element.tagName)) return;
      if (nowInMain && lang && !lang.startsWith(pageLang) && element.tagName !== 'bdi' && dir === undefined) {
        findings.push({ page, what: `<${element.tagName} lang="${lang}"> has no dir` });
      }
      if (element.tagName === 'bdi' || dir === 'ltr' || dir === 'auto' || element.tagName === 'time' || element.tagName === 'a' && typeof element.properties['href'] === 'string' && /^https?:/.test(element.properties['href'])) nowIsolated = true;
    }
    for (const child of (node as Element | Root).children) walk(child as ElementContent, nowInMain, nowIsolated);
  };
  walk(tree, false, false);
  return findings;
}

describe('right-to-left pages', () => {
  it('isolate every element in another language, and every legal citation, from the text direction', async () => {
    const pages = (await builtPages()).filter((path) => path.startsWith('ar/'));
    expect(pages.length).toBeGreaterThan(30);
    const findings: string[] = [];
    for (const page of pages) {
      const tree = fromHtml(await readPage(page));
      for (const finding of findUnisolated(tree, page, 'ar')) findings.push(`${finding.page}: ${finding.what}`);
    }
    expect(findings).toEqual([]);
  });
});
