import postcss from 'postcss';
import selectorParser from 'postcss-selector-parser';
import { PurgeCSS, type ExtractorResultDetailed } from 'purgecss';
import type { StyleUsage } from './page-usage.ts';

/**
 * Attributes that scripts set after the page loads, under names their code does not spell out:
 * Starlight's theme script writes `dataset.theme`. Rules on them always stay.
 */
const attributesSetByScripts = ['data-theme'];

const ignoreStart = '/* purgecss start ignore */';
const ignoreEnd = '/* purgecss end ignore */';

/**
 * PurgeCSS drops a rule whose selector names no element, class, id or attribute, such as
 * `:lang(zh)` (Starlight's Chinese typography) or `::selection`: it cannot tell whether a page
 * matches. Such rules depend on the reader's language or state, not on markup, so they stay.
 */
export function protectSelectorsWithoutNames(css: string): string {
  const root = postcss.parse(css);
  root.walkRules((rule) => {
    if (rule.parent?.type === 'atrule' && /keyframes$/i.test((rule.parent as postcss.AtRule).name)) return;
    let unnamed = false;
    selectorParser((selectors) => {
      selectors.each((selector) => {
        const named = selector.nodes.some((node) => node.type === 'tag' || node.type === 'class' || node.type === 'id' || node.type === 'attribute');
        if (!named) unnamed = true;
      });
    }).processSync(rule.selector);
    if (unnamed) {
      rule.before(postcss.comment({ text: ignoreStart.slice(3, -3) }));
      rule.after(postcss.comment({ text: ignoreEnd.slice(3, -3) }));
    }
  });
  return root.toString();
}

/**
 * A stylesheet with only the rules that the given pages and scripts can use, by PurgeCSS, also
 * dropping @keyframes and custom properties that nothing left refers to.
 */
export async function trimStylesheet(css: string, usage: StyleUsage): Promise<string> {
  const detailed: ExtractorResultDetailed = {
    attributes: { names: usage.attributeNames, values: usage.attributeValues },
    classes: usage.classes,
    ids: usage.ids,
    tags: usage.tags,
    undetermined: usage.words,
  };
  const [result] = await new PurgeCSS().purge({
    content: [{ raw: 'usage', extension: 'atlas-usage' }],
    extractors: [{ extensions: ['atlas-usage'], extractor: () => detailed }],
    css: [{ raw: protectSelectorsWithoutNames(css) }],
    dynamicAttributes: attributesSetByScripts,
    // Custom properties that a page's style attributes or a script name stay, even if no rule reads them.
    safelist: { variables: usage.words.filter((word) => word.startsWith('--')) },
    keyframes: true,
    variables: true,
    fontFace: true,
  });
  return result?.css ?? '';
}
