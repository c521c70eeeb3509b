/**
 * A build sharded by language: `ATLAS_LOCALES=ar,fa npm run build` makes only those languages'
 * pages, plus the parts of the site that belong to no language (the language chooser, open data,
 * the 404 page). `npm run merge` joins the shards into the site a full build makes.
 */

export interface ShardChoice<L extends string> {
  /** The languages this build makes, in the site's order; every language when not sharded. */
  locales: L[];
  /** Whether some languages are left to other shards. */
  sharded: boolean;
}

/**
 * Reads the ATLAS_LOCALES value: comma-separated language codes of the site. An unknown code is
 * an error that lists the codes there are, so a typo never builds an empty site.
 */
export function parseShardLocales<L extends string>(value: string | undefined, known: readonly L[]): ShardChoice<L> {
  if (value === undefined || value.trim() === '') return { locales: [...known], sharded: false };
  const asked = value.split(',').map((code) => code.trim()).filter(Boolean);
  const unknown = asked.filter((code) => !(known as readonly string[]).includes(code));
  if (unknown.length > 0) {
    throw new Error(
      `ATLAS_LOCALES names ${unknown.map((code) => `"${code}"`).join(', ')}, which ${unknown.length === 1 ? 'is not a language' : 'are not languages'} of the site. ` +
        `Use codes from src/locales.ts, separated by commas: ${known.join(', ')}. Leave ATLAS_LOCALES unset to build every language.`,
    );
  }
  const locales = known.filter((code) => asked.includes(code));
  return { locales, sharded: locales.length < known.length };
}

/**
 * The language a built file belongs to, from its first folder (`ar/countries/it/index.html` is
 * Arabic), or undefined for a file of no language (`index.html`, `data/…`, `_astro/…`).
 */
export function localeOfPath<L extends string>(path: string, known: readonly L[]): L | undefined {
  const first = path.replace(/^\/+/, '').split('/')[0] ?? '';
  return (known as readonly string[]).includes(first) ? (first as L) : undefined;
}
