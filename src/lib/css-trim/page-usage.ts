import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes, Root } from 'hast';
import { toString } from 'hast-util-to-string';

/**
 * What a stylesheet rule could match on a page: its element names, classes, ids and attributes,
 * and the words of its scripts (a script may add a class or set an attribute later). Kept as
 * sorted lists, so the same pages always give the same usage, however they are split into shards.
 */
export interface StyleUsage {
  tags: string[];
  classes: string[];
  ids: string[];
  attributeNames: string[];
  attributeValues: string[];
  /** Words of inline and bundled scripts: each may be a class, id, tag or attribute. */
  words: string[];
}

export const emptyUsage: StyleUsage = { tags: [], classes: [], ids: [], attributeNames: [], attributeValues: [], words: [] };

const sorted = (values: Iterable<string>) => [...new Set(values)].sort();

/**
 * Words as a script may use them for styling: class names, attribute names and values. A script
 * that sets `element.dataset.theme` sets the attribute `data-theme`, so that name counts too.
 */
export function scriptWords(script: string): string[] {
  const words = script.match(/[A-Za-z0-9_:-]+/g) ?? [];
  const dataAttributes = [...script.matchAll(/\bdataset\.([A-Za-z][A-Za-z0-9]*)/g)].map((match) => `data-${kebab(match[1]!)}`);
  return sorted([...words, ...dataAttributes]);
}

/**
 * A built page's usage, from its parsed HTML (never patterns over markup), including the contents
 * of `<template>` elements, which scripts clone into the page (Starlight's theme icons).
 */
export function pageUsage(page: string | Root): StyleUsage {
  const tags = new Set<string>();
  const classes = new Set<string>();
  const ids = new Set<string>();
  const names = new Set<string>();
  const values = new Set<string>();
  const words = new Set<string>();
  const visit = (node: Nodes): void => {
    if (node.type === 'element') {
      visitElement(node);
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  const visitElement = (element: Element): void => {
    tags.add(element.tagName);
    if (element.tagName === 'script') {
      if (element.properties['src'] === undefined) for (const word of scriptWords(toString(element))) words.add(word);
    }
    for (const [property, value] of Object.entries(element.properties)) {
      if (value === undefined || value === null || value === false) continue;
      const name = attributeName(property);
      names.add(name);
      const parts = Array.isArray(value) ? value.map(String) : String(value).split(/\s+/);
      for (const part of parts) if (part !== '') values.add(part);
      if (name === 'class') for (const part of parts) classes.add(part);
      if (name === 'id') for (const part of parts) ids.add(part);
      // A style attribute may read a custom property (`var(--sl-color-gray-5)`): it must stay defined.
      if (name === 'style') for (const variable of String(value).match(/--[A-Za-z0-9_-]+/g) ?? []) words.add(variable);
    }
    if (element.tagName === 'template' && element.content) visit(element.content as Root);
  };
  visit(typeof page === 'string' ? fromHtml(page) : page);
  return { tags: sorted(tags), classes: sorted(classes), ids: sorted(ids), attributeNames: sorted(names), attributeValues: sorted(values), words: sorted(words) };
}

/** hast names attributes as DOM properties (`className`, `dataTheme`, `ariaExpanded`); CSS uses HTML names. */
function attributeName(property: string): string {
  if (property === 'className') return 'class';
  if (property === 'htmlFor') return 'for';
  if (property === 'httpEquiv') return 'http-equiv';
  if (property.startsWith('data') && /^data[A-Z]/.test(property)) return `data-${kebab(property.slice(4))}`;
  if (property.startsWith('aria') && /^aria[A-Z]/.test(property)) return `aria-${property.slice(4).toLowerCase()}`;
  return property.toLowerCase();
}

function kebab(name: string): string {
  return name.replace(/^[A-Z]/, (first) => first.toLowerCase()).replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

export function mergeUsage(...usages: readonly StyleUsage[]): StyleUsage {
  const of = (key: keyof StyleUsage) => sorted(usages.flatMap((usage) => usage[key]));
  return { tags: of('tags'), classes: of('classes'), ids: of('ids'), attributeNames: of('attributeNames'), attributeValues: of('attributeValues'), words: of('words') };
}
