/**
 * Pagefind writes one index per page language (its "multilingual" mode): the files of a language
 * are named after it (`pagefind/index/ar_…`, `pagefind/fragment/ar_…`), and `pagefind-entry.json`
 * lists each language with the hash of its index. Shards built by language each hold whole
 * languages, so their indexes join by listing every language in one entry. Pagefind's browser-side
 * `mergeIndex` (for searching several sites at once) is not needed: a reader searches the index
 * of their page's language, which one shard made whole.
 */
export interface PagefindEntry {
  version: string;
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
  [other: string]: unknown;
}

/** The entry of the joined site: every shard's languages, sorted by code as Pagefind writes them. */
export function mergePagefindEntries(entries: readonly { shard: string; entry: PagefindEntry }[]): PagefindEntry {
  const [first, ...others] = entries;
  if (!first) throw new Error('No shard has a search index (pagefind/pagefind-entry.json).');
  for (const { shard, entry } of others) {
    if (entry.version !== first.entry.version) {
      throw new Error(`The shards were indexed by different versions of Pagefind: ${first.shard} by ${first.entry.version}, ${shard} by ${entry.version}. Build every shard with the same npm install.`);
    }
  }
  const languages: PagefindEntry['languages'] = {};
  const from = new Map<string, string>();
  for (const { shard, entry } of entries) {
    for (const [language, index] of Object.entries(entry.languages)) {
      const earlier = languages[language];
      if (earlier && earlier.hash !== index.hash) {
        throw new Error(`Two shards made a search index for the language "${language}": ${from.get(language)} and ${shard}. Give each language to one shard only (ATLAS_LOCALES).`);
      }
      languages[language] = index;
      from.set(language, shard);
    }
  }
  const sorted = Object.fromEntries(Object.keys(languages).sort().map((language) => [language, languages[language]!]));
  return { ...first.entry, languages: sorted };
}
