import { describe, expect, it } from 'vitest';
import { useServedSite } from '../support/served-site.ts';
import { countryCodes } from '../support/content-pages.ts';
import { combinationSlug } from '../../src/lib/access-matrix.ts';
import { branches, statuses } from '../../src/schemas/vocab.ts';

/**
 * On a 360 px phone, no text of a comparison, the standards page or a fact sheet may lie outside
 * the screen, not even inside a box that scrolls sideways: tables become cards (src/styles/atlas.css,
 * the "In short" cards of src/components/facts/InShort.astro). Checked in English, Arabic (right to
 * left) and Chinese, by measuring where the browser draws every piece of visible text.
 */
const pages = [
  `compare/status/${statuses[1]}`,
  `compare/branch/${branches[0]}`,
  `compare/countries/${combinationSlug(countryCodes())}`,
  'standards',
  ...countryCodes().map((code) => `countries/${code}`),
];

/** Text the browser draws outside [0, width]: each as "text (left…right)". Runs in the page. */
const textOutsideScreen = `(() => {
  const width = document.documentElement.clientWidth;
  const skipped = '.sr-only, .skip-link, script, style, template, noscript, [hidden]';
  const outside = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const text = node.textContent.trim();
    if (!text || node.parentElement.closest(skipped)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const rect of range.getClientRects()) {
      if (rect.width === 0 || rect.height === 0) continue;
      if (rect.left < -1 || rect.right > width + 1) {
        outside.push(text.slice(0, 40) + ' (' + Math.round(rect.left) + '…' + Math.round(rect.right) + ')');
        break;
      }
    }
  }
  return { width, scrollWidth: document.documentElement.scrollWidth, outside };
})()`;

describe('pages on a 360 px phone', () => {
  const served = useServedSite();

  for (const locale of ['en', 'ar', 'zh']) {
    it(`shows every word of comparisons, standards and fact sheets on screen in ${locale}`, async () => {
      const context = await served.browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
      try {
        const page = await context.newPage();
        const problems: string[] = [];
        for (const path of pages) {
          await page.goto(`${served.origin}/${locale}/${path}/`);
          const result = (await page.evaluate(textOutsideScreen)) as { width: number; scrollWidth: number; outside: string[] };
          expect(result.width).toBe(360);
          if (result.scrollWidth > result.width) problems.push(`/${locale}/${path}/: the page is ${result.scrollWidth} px wide`);
          if (result.outside.length > 0) problems.push(`/${locale}/${path}/: ${result.outside.slice(0, 5).join('; ')}`);
        }
        expect(problems, problems.join('\n')).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});
