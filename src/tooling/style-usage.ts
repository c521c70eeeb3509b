import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { localeCodes } from '../locales.ts';
import { emptyUsage, mergeUsage, pageUsage, type StyleUsage } from '../lib/css-trim/page-usage.ts';
import { styleGroupOf } from '../lib/css-trim/style-groups.ts';

/** A `<link rel="stylesheet">` of a page, with its exact text in the page as Astro wrote it. */
export interface StylesheetLink {
  href: string;
  media: string | undefined;
  source: string;
}

/**
 * What the pages of one group use, and the stylesheets they link, in page order. Pages of one
 * section (src/lib/css-trim/style-groups.ts) that link different stylesheets form separate groups.
 */
export interface GroupUsage {
  section: string;
  usage: StyleUsage;
  links: StylesheetLink[];
}

export type UsageByGroup = Record<string, GroupUsage>;

/**
 * A shard's usage, left at its root for `npm run merge` (which removes it): reading every page is
 * the slow part of trimming, and each shard does it for its own pages, on its own runner.
 */
export const shardUsageFile = '_atlas-style-usage.json';

/**
 * The site's stylesheets a page links to, in order (not those a script adds later, such as the
 * search dialog's), each with its exact text, taken from the parser's positions.
 */
function linkedStylesheets(tree: ReturnType<typeof fromHtml>, html: string): StylesheetLink[] {
  return selectAll('link[href]', tree)
    .filter((link) => ([] as unknown[]).concat(link.properties['rel'] ?? []).map(String).includes('stylesheet'))
    .filter((link) => {
      const href = String(link.properties['href']);
      return href.startsWith('/_astro/') && href.endsWith('.css');
    })
    .map((link) => {
      const media = link.properties['media'] === undefined ? undefined : String(link.properties['media']);
      const source = html.slice(link.position!.start.offset!, link.position!.end.offset!);
      return { href: String(link.properties['href']), media, source };
    });
}

/** The key of a page's group: its section, and the stylesheets it links if they are not the section's usual ones. */
const groupKey = (section: string, links: readonly StylesheetLink[]) => `${section} ${links.map((link) => `${link.href}@${link.media ?? ''}`).join(' ')}`;

/** Reads every built page once: its group's usage and stylesheets. */
export async function collectStyleUsage(root: string, pages: readonly string[]): Promise<UsageByGroup> {
  const groups = new Map<string, { section: string; links: StylesheetLink[]; usages: StyleUsage[] }>();
  for (const page of pages) {
    const html = await readFile(join(root, page), 'utf8');
    const tree = fromHtml(html);
    const links = linkedStylesheets(tree, html);
    if (links.length === 0) continue;
    const section = styleGroupOf(page, localeCodes);
    const key = groupKey(section, links);
    const entry = groups.get(key) ?? { section, links, usages: [] };
    entry.usages.push(pageUsage(tree));
    groups.set(key, entry);
    // Merging as we go keeps memory flat on a large site.
    if (entry.usages.length > 64) entry.usages = [mergeUsage(...entry.usages)];
  }
  return Object.fromEntries(
    [...groups.keys()].sort().map((key) => {
      const { section, links, usages } = groups.get(key)!;
      return [key, { section, links, usage: mergeUsage(emptyUsage, ...usages) }];
    }),
  );
}

/** Several shards' usage as one: what the full site's pages use, group by group. */
export function mergeUsageByGroup(parts: readonly UsageByGroup[]): UsageByGroup {
  const groups = [...new Set(parts.flatMap((part) => Object.keys(part)))].sort();
  return Object.fromEntries(
    groups.map((group) => {
      const entries = parts.flatMap((part) => (part[group] ? [part[group]] : []));
      return [group, { section: entries[0]!.section, links: entries[0]!.links, usage: mergeUsage(...entries.map((entry) => entry.usage)) }];
    }),
  );
}

export async function writeShardUsage(root: string, usage: UsageByGroup): Promise<void> {
  await writeFile(join(root, shardUsageFile), JSON.stringify(usage));
}

export async function readShardUsage(root: string): Promise<UsageByGroup> {
  return JSON.parse(await readFile(join(root, shardUsageFile), 'utf8')) as UsageByGroup;
}
