import postcss from 'postcss';
import selectorParser from 'postcss-selector-parser';
import { PurgeCSS, type ExtractorResultDetailed } from 'purgecss';
import type { StyleUsage } from './page-usage.ts';

/**
 * Attributes that scripts set after the page loads, under names their code does not spell out:
 * Starlight's theme script writes `dataset.theme`. Rules on them always stay.
 */
const attributesSetByScripts = ['data-theme'];

/** Selectors PurgeCSS keeps whatever the pages hold. */
const alwaysKept = new Set([':root', '*']);

/** What :where() and :is() are called while PurgeCSS reads a stylesheet, where it must not look into them. */
const shielded = { ':where': ':-atlas-where', ':is': ':-atlas-is' } as const;

const isPseudo = (node: { type: string } | undefined): node is selectorParser.Pseudo => node?.type === 'pseudo';
const insideOtherPseudo = (node: selectorParser.Node): boolean => {
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (isPseudo(parent) && parent.value !== ':where' && parent.value !== ':is') return true;
  }
  return false;
};

/**
 * Prepares a stylesheet for PurgeCSS, which reads two kinds of selector wrongly:
 * - A selector that names no element, class, id or attribute, such as `:lang(zh)` (Starlight's
 *   Chinese typography) or `::backdrop`: PurgeCSS cannot tell whether a page matches, so it drops
 *   it, even inside `[lang]:where(:lang(zh),:lang(ja))`. Such selectors depend on the reader's
 *   language or state, not on markup. With the universal selector in front (`*:lang(zh)`, which
 *   matches the same elements with the same specificity) PurgeCSS keeps them, and still drops
 *   the unused custom properties of a rule they share (`:root,*::backdrop{…}`).
 * - `:where()` or `:is()` inside another pseudo-class: in `a:not(:where(.not-content *))`, when no
 *   page has `.not-content`, PurgeCSS empties the :where() and drops the whole rule, though it
 *   then matches every link. Renamed (`:-atlas-where`), PurgeCSS leaves it alone;
 *   `restoreShieldedPseudoClasses` gives it its name back.
 */
export function prepareForPurgeCss(css: string): string {
  const root = postcss.parse(css);
  const named = new Set(['tag', 'class', 'id', 'attribute', 'universal', 'nesting']);
  const transform = selectorParser((selectors) => {
    selectors.walk((node) => {
      if (isPseudo(node) && (node.value === ':where' || node.value === ':is') && insideOtherPseudo(node)) node.value = shielded[node.value];
    });
    selectors.walk((node) => {
      if (node.type !== 'selector') return;
      const parent = node.parent;
      const evaluated = parent?.type === 'root' || (isPseudo(parent) && (parent.value === ':where' || parent.value === ':is'));
      if (!evaluated || alwaysKept.has(node.toString().trim())) return;
      if (node.nodes.some((child) => named.has(child.type))) return;
      // Only a selector of one compound part (no combinator) can take `*` at its start.
      if (node.nodes.some((child) => child.type === 'combinator')) return;
      node.prepend(selectorParser.universal());
    });
  });
  root.walkRules((rule) => {
    if (rule.parent?.type === 'atrule' && /keyframes$/i.test((rule.parent as postcss.AtRule).name)) return;
    rule.selector = transform.processSync(rule.selector);
  });
  return root.toString();
}

export function restoreShieldedPseudoClasses(css: string): string {
  return css.replaceAll(`${shielded[':where']}(`, ':where(').replaceAll(`${shielded[':is']}(`, ':is(');
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
    css: [{ raw: prepareForPurgeCss(css) }],
    dynamicAttributes: attributesSetByScripts,
    // Custom properties that a page's style attributes or a script name stay, even if no rule reads them.
    safelist: { variables: usage.words.filter((word) => word.startsWith('--')) },
    keyframes: true,
    variables: true,
    fontFace: true,
  });
  return restoreShieldedPseudoClasses(result?.css ?? '');
}
