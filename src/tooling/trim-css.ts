import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { localeCodes } from '../locales.ts';
import { emptyUsage, mergeUsage, scriptWords } from '../lib/css-trim/page-usage.ts';
import { styleGroupOf } from '../lib/css-trim/style-groups.ts';
import { trimStylesheet } from '../lib/css-trim/trim-stylesheet.ts';
import type { StylesheetLink, UsageByGroup } from './style-usage.ts';

/**
 * Where the stylesheets are kept as Astro wrote them, with which trimmed file came from which:
 * the style test (tests/site/trimmed-styles.test.ts) shows pages with both and compares.
 */
export const untrimmedDir = fileURLToPath(new URL('../../node_modules/.cache/atlas-css/', import.meta.url));
export const untrimmedMapFile = join(untrimmedDir, 'trimmed-from.json');

/** The custom properties a stylesheet reads with var(). */
export function variablesRead(css: string): string[] {
  return [...css.matchAll(/var\(\s*(--[A-Za-z0-9_-]+)/g)].map((match) => match[1]!);
}

/** For each trimmed stylesheet, the files it was made from (kept in untrimmedDir), in order. */
export type TrimmedFrom = Record<string, { file: string; media?: string }[]>;

/** Stylesheets as one, in order, each under its link's media (a print stylesheet in `@media print`). */
export function joinStylesheets(parts: readonly { css: string; media: string | undefined }[]): string {
  return parts.map(({ css, media }) => (media === undefined || media === 'all' ? css : `@media ${media}{${css}}`)).join('\n');
}

export interface TrimSummary {
  /** Stylesheets as Astro wrote them, and trimmed ones written (groups with the same result share one). */
  originals: number;
  written: number;
  /** Bytes before and after for a guide, for the log and the benchmark. */
  guide?: { before: number; after: number; beforeGzip: number; afterGzip: number };
}

/**
 * Each group of pages (src/tooling/style-usage.ts) gets one stylesheet: the ones its pages link
 * to, in their order, a print-only one wrapped in `@media print`, so a page loads one file instead
 * of two; with only the rules its pages and the site's scripts can use (src/lib/css-trim/), named
 * by the hash of what it holds (a browser's cached copy is never stale). Pages link to their
 * group's file; the stylesheets Astro wrote are moved out of the site into
 * node_modules/.cache/atlas-css/. Stylesheets that scripts load later (the search dialog's) are
 * left whole: their rules match markup made in the browser.
 */
export async function trimSiteStylesheets(root: string, pages: readonly string[], usageByGroup: UsageByGroup): Promise<TrimSummary> {
  const assets = (await readdir(join(root, '_astro'))).sort();
  const scripts = assets.filter((name) => name.endsWith('.js'));
  const words = (await Promise.all(scripts.map(async (name) => scriptWords(await readFile(join(root, '_astro', name), 'utf8'))))).flat();
  // Stylesheets no page links (a script loads them: the search dialog's) stay whole, and the
  // custom properties they read (Pagefind's --pagefind-ui-text, set by Starlight's search styles
  // for the dark theme) must stay defined in the trimmed ones.
  const linked = new Set(Object.values(usageByGroup).flatMap(({ links }) => links.map((link) => link.href.slice('/_astro/'.length))));
  for (const name of assets.filter((asset) => asset.endsWith('.css') && !linked.has(asset))) {
    words.push(...variablesRead(await readFile(join(root, '_astro', name), 'utf8')));
  }
  const scriptUsage = { ...emptyUsage, words: [...new Set(words)].sort() };
  const originals = new Map<string, string>();
  const written = new Set<string>();
  const trimmedFrom: TrimmedFrom = {};
  const replacements: { section: string; links: StylesheetLink[]; href: string }[] = [];
  let guide: TrimSummary['guide'];
  for (const { section, links, usage } of Object.values(usageByGroup)) {
    for (const link of links) {
      if (!originals.has(link.href)) originals.set(link.href, await readFile(join(root, link.href.slice(1)), 'utf8'));
    }
    const whole = joinStylesheets(links.map((link) => ({ css: originals.get(link.href)!, media: link.media })));
    const trimmed = await trimStylesheet(whole, mergeUsage(usage, scriptUsage));
    const hash = createHash('sha256').update(trimmed).digest('base64url').slice(0, 10);
    const href = `/_astro/site.${hash}.css`;
    if (!written.has(href)) await writeFile(join(root, href.slice(1)), trimmed);
    written.add(href);
    trimmedFrom[href] = links.map(({ href: from, media }) => ({ file: basename(from), ...(media === undefined ? {} : { media }) }));
    replacements.push({ section, links, href });
    if (section === 'guides' && !guide) {
      guide = { before: Buffer.byteLength(whole), after: Buffer.byteLength(trimmed), beforeGzip: gzipSync(whole).byteLength, afterGzip: gzipSync(trimmed).byteLength };
    }
  }
  // A page whose links include another group's (a longer list) is matched by the longer list first.
  replacements.sort((a, b) => b.links.length - a.links.length);
  for (const page of pages) {
    const section = styleGroupOf(page, localeCodes);
    const html = await readFile(join(root, page), 'utf8');
    const match = replacements.find((candidate) => candidate.section === section && candidate.links.every((link) => html.includes(link.source)));
    if (!match) continue;
    // The links' exact text, from the parser's positions when usage was read: replaced as a whole,
    // never by pattern. The group's file takes the place of the last link, after the others.
    let linked = html;
    match.links.forEach((link, index) => {
      linked = linked.replaceAll(link.source, index === match.links.length - 1 ? `<link rel="stylesheet" href="${match.href}">` : '');
    });
    if (linked !== html) await writeFile(join(root, page), linked);
  }
  await mkdir(untrimmedDir, { recursive: true });
  for (const [href, css] of originals) {
    await writeFile(join(untrimmedDir, basename(href)), css);
    await rm(join(root, href.slice(1)), { force: true });
  }
  await writeFile(untrimmedMapFile, JSON.stringify(trimmedFrom, null, 1));
  return { originals: originals.size, written: written.size, ...(guide ? { guide } : {}) };
}
