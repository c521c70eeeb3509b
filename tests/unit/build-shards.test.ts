import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeOfPath, parseShardLocales } from '../../src/lib/build-shard.ts';
import { mergePagefindEntries, type PagefindEntry } from '../../src/lib/pagefind-entry.ts';
import { headersFile, mergeHeadersFiles } from '../../src/lib/csp.ts';
import { MergeError, mergeShards } from '../../src/tooling/merge-shards.ts';
import { shardUsageFile } from '../../src/tooling/style-usage.ts';
import { localeCodes } from '../../src/locales.ts';

describe('ATLAS_LOCALES', () => {
  it('builds every language when unset or empty', () => {
    expect(parseShardLocales(undefined, localeCodes)).toEqual({ locales: localeCodes, sharded: false });
    expect(parseShardLocales(' ', localeCodes)).toEqual({ locales: localeCodes, sharded: false });
  });

  it('builds the named languages, in the site’s order, tolerating spaces', () => {
    expect(parseShardLocales('fa, ar', localeCodes)).toEqual({ locales: ['ar', 'fa'], sharded: true });
  });

  it('is not a shard when it names every language', () => {
    expect(parseShardLocales(localeCodes.join(','), localeCodes).sharded).toBe(false);
  });

  it('refuses an unknown code, listing the codes there are', () => {
    expect(() => parseShardLocales('ar,de', localeCodes)).toThrow(/ATLAS_LOCALES names "de", which is not a language of the site\. Use codes from src\/locales\.ts, separated by commas: en, fr, es, pt, ru, ar, zh, uk, fa\./);
  });

  it('tells a language’s files from files of no language', () => {
    expect(localeOfPath('ar/countries/it/index.html', localeCodes)).toBe('ar');
    expect(localeOfPath('/zh/', localeCodes)).toBe('zh');
    expect(localeOfPath('index.html', localeCodes)).toBeUndefined();
    expect(localeOfPath('data/access-matrix.csv', localeCodes)).toBeUndefined();
    expect(localeOfPath('arabic/x.html', localeCodes)).toBeUndefined();
  });
});

const entry = (languages: Record<string, string>, version = '1.6.0'): PagefindEntry => ({
  version,
  languages: Object.fromEntries(Object.entries(languages).map(([language, hash]) => [language, { hash, wasm: language, page_count: 3 }])),
  include_characters: ['_'],
});

describe('joining search indexes', () => {
  it('lists every shard’s languages, sorted as Pagefind writes them, keeping the other fields', () => {
    const merged = mergePagefindEntries([
      { shard: 'a', entry: entry({ fa: 'fa_1', ar: 'ar_1' }) },
      { shard: 'b', entry: entry({ en: 'en_1' }) },
    ]);
    expect(JSON.stringify(merged)).toBe(JSON.stringify(entry({ ar: 'ar_1', en: 'en_1', fa: 'fa_1' })));
  });

  it('refuses a language indexed by two shards, and indexes from different Pagefind versions', () => {
    expect(() => mergePagefindEntries([{ shard: 'a', entry: entry({ ar: 'ar_1' }) }, { shard: 'b', entry: entry({ ar: 'ar_2' }) }])).toThrow(/Two shards made a search index for the language "ar": a and b/);
    expect(() => mergePagefindEntries([{ shard: 'a', entry: entry({ ar: 'ar_1' }) }, { shard: 'b', entry: entry({ en: 'en_1' }, '1.7.0') }])).toThrow(/different versions of Pagefind/);
  });
});

describe('joining _headers', () => {
  it('allows every shard’s inline scripts, as one full build would', () => {
    const a = headersFile(["'sha256-AAA='", "'sha256-BBB='"]);
    const b = headersFile(["'sha256-BBB='", "'sha256-CCC='"]);
    expect(mergeHeadersFiles([a, b])).toBe(headersFile(["'sha256-AAA='", "'sha256-BBB='", "'sha256-CCC='"]));
  });
});

describe('npm run merge refuses, saying what to do', () => {
  /** A minimal shard: its usage file and the given files. */
  async function shard(root: string, name: string, files: Record<string, string>): Promise<string> {
    const dir = join(root, name);
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, shardUsageFile), '{}');
    for (const [path, text] of Object.entries(files)) {
      await mkdir(join(dir, path, '..'), { recursive: true });
      await writeFile(join(dir, path), text);
    }
    return dir;
  }
  const everyLanguage = (except: string[] = []) => Object.fromEntries(localeCodes.filter((code) => !except.includes(code)).map((code) => [`${code}/index.html`, code]));

  it('a folder that is not a shard', async () => {
    const root = await mkdtemp(join(tmpdir(), 'atlas-merge-'));
    await mkdir(join(root, 'plain'));
    await expect(mergeShards([join(root, 'plain')], join(root, 'out'), () => undefined)).rejects.toThrow(/is not the output of a build by language: build it with, for example, ATLAS_LOCALES=ar npm run build -- --outDir/);
  });

  it('a language built by two shards', async () => {
    const root = await mkdtemp(join(tmpdir(), 'atlas-merge-'));
    const a = await shard(root, 'a', everyLanguage());
    const b = await shard(root, 'b', { 'ar/index.html': 'ar' });
    await expect(mergeShards([a, b], join(root, 'out'), () => undefined)).rejects.toThrow(/Two shards built the العربية \(ar\) pages/);
  });

  it('a language no shard built', async () => {
    const root = await mkdtemp(join(tmpdir(), 'atlas-merge-'));
    const a = await shard(root, 'a', everyLanguage(['fa', 'uk']));
    await expect(mergeShards([a], join(root, 'out'), () => undefined)).rejects.toThrow(/No shard built Українська \(uk\), فارسی \(fa\).*ATLAS_LOCALES=uk,fa/);
  });

  it('a file of no language that differs between shards', async () => {
    const root = await mkdtemp(join(tmpdir(), 'atlas-merge-'));
    const a = await shard(root, 'a', { ...everyLanguage(['ar']), 'data/x.csv': 'one' });
    const b = await shard(root, 'b', { 'ar/index.html': 'ar', 'data/x.csv': 'two' });
    await expect(mergeShards([a, b], join(root, 'out'), () => undefined)).rejects.toThrow(/data\/x\.csv differs between the shards .*a and .*b\. Files of no language must be the same in every shard/);
  });

  it('an output folder that holds something other than a built site', async () => {
    const root = await mkdtemp(join(tmpdir(), 'atlas-merge-'));
    const a = await shard(root, 'a', everyLanguage());
    await mkdir(join(root, 'notes'));
    await writeFile(join(root, 'notes', 'thesis.md'), 'mine');
    await expect(mergeShards([a], join(root, 'notes'), () => undefined)).rejects.toBeInstanceOf(MergeError);
  });
});
