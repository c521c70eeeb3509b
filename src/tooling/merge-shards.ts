import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { localeCodes, locales, type Locale } from '../locales.ts';
import { mergeHeadersFiles } from '../lib/csp.ts';
import { mergePagefindEntries, type PagefindEntry } from '../lib/pagefind-entry.ts';
import { finishWholeSite } from './finish-site.ts';
import { htmlPages, siteFiles } from './site-files.ts';
import { writeJoinedSitemap } from './sitemap.ts';
import { mergeUsageByGroup, readShardUsage, shardUsageFile } from './style-usage.ts';

/**
 * Files each shard writes for its own languages, which the merge writes again for all of them;
 * every other file is either one language's (and one shard's) or the same in every shard.
 */
const pagefindEntryFile = 'pagefind/pagefind-entry.json';
const joinedFiles = new Set([shardUsageFile, '_headers', pagefindEntryFile]);
const isSitemap = (file: string) => /^sitemap-[\w-]+\.xml$/.test(file);

export class MergeError extends Error {}

/** The languages a shard built: the locale folders at its root. */
async function shardLocales(root: string): Promise<Locale[]> {
  const folders = (await readdir(root, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  return localeCodes.filter((code) => folders.includes(code));
}

/**
 * `npm run merge`: joins the outputs of a build sharded by language (ATLAS_LOCALES) into the site
 * a full build makes. Language folders come from the shard that built them; files of no language
 * must be the same in every shard (a difference stops the merge, naming the file). Then what
 * spans languages is written for all of them: the search index's entry, `_headers`, the sitemap,
 * the trimmed stylesheets and the offline packs (src/tooling/finish-site.ts).
 */
export async function mergeShards(shardDirs: readonly string[], outDir: string, log: (message: string) => void): Promise<void> {
  const started = performance.now();
  if (shardDirs.length === 0) throw new MergeError('Name the shard folders to join, for example: npm run merge -- --out dist shards/en shards/ar');
  const out = resolve(outDir);
  const shards = shardDirs.map((dir) => resolve(dir));
  for (const shard of shards) {
    if (!existsSync(join(shard, shardUsageFile))) {
      throw new MergeError(`${shard} is not the output of a build by language: build it with, for example, ATLAS_LOCALES=ar npm run build -- --outDir ${shard}`);
    }
    if (shard === out) throw new MergeError(`The output folder ${out} is also a shard: name another one with --out.`);
  }
  if (existsSync(out) && (await readdir(out)).length > 0) {
    // A previous build or merge is replaced; any other folder is left alone.
    if (!existsSync(join(out, '_astro'))) throw new MergeError(`${out} is not empty and is not a built site: name an empty or new folder with --out.`);
    await rm(out, { recursive: true, force: true });
  }

  const owner = new Map<Locale, string>();
  for (const shard of shards) {
    for (const locale of await shardLocales(shard)) {
      const earlier = owner.get(locale);
      if (earlier) throw new MergeError(`Two shards built the ${locales[locale].label} (${locale}) pages: ${earlier} and ${shard}. Give each language to one shard only.`);
      owner.set(locale, shard);
    }
  }
  const missing = localeCodes.filter((code) => !owner.has(code));
  if (missing.length > 0) {
    throw new MergeError(`No shard built ${missing.map((code) => `${locales[code].label} (${code})`).join(', ')}: the site would link to pages that do not exist. Build ${missing.length === 1 ? 'it' : 'them'} with ATLAS_LOCALES=${missing.join(',')} npm run build -- --outDir <folder>, and name that folder too.`);
  }

  const files = new Map<string, string>();
  for (const shard of shards) {
    for (const file of await siteFiles(shard)) {
      if (joinedFiles.has(file) || isSitemap(file)) continue;
      const earlier = files.get(file);
      if (earlier === undefined) {
        files.set(file, shard);
        await mkdir(dirname(join(out, file)), { recursive: true });
        await copyFile(join(shard, file), join(out, file));
      } else if (!(await readFile(join(earlier, file))).equals(await readFile(join(shard, file)))) {
        throw new MergeError(`${file} differs between the shards ${earlier} and ${shard}. Files of no language must be the same in every shard: build all shards from the same commit, with the same SITE_URL.`);
      }
    }
  }
  log(`Joined ${shards.length} shards (${[...owner.keys()].join(', ')}): ${files.size} files.`);

  const entries = await Promise.all(
    shards.filter((shard) => existsSync(join(shard, pagefindEntryFile))).map(async (shard) => ({ shard, entry: JSON.parse(await readFile(join(shard, pagefindEntryFile), 'utf8')) as PagefindEntry })),
  );
  await writeFile(join(out, pagefindEntryFile), JSON.stringify(mergePagefindEntries(entries)));
  await writeFile(join(out, '_headers'), mergeHeadersFiles(await Promise.all(shards.map((shard) => readFile(join(shard, '_headers'), 'utf8')))));
  // The shards' sitemaps were made for the same address (SITE_URL): their index names it.
  const sitemapIndex = join(shards[0]!, 'sitemap-index.xml');
  if (existsSync(sitemapIndex)) {
    const location = /<loc>([^<]+)<\/loc>/.exec(await readFile(sitemapIndex, 'utf8'))?.[1];
    if (location) await writeJoinedSitemap(out, new URL('/', location).href, await htmlPages(out), () => undefined);
  }
  const usage = mergeUsageByGroup(await Promise.all(shards.map((shard) => readShardUsage(shard))));
  await finishWholeSite(out, usage, log);
  log(`Merged into ${out} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}
