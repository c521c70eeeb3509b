import { localeCodes, type Locale } from '../locales.ts';
import { parseShardLocales, type ShardChoice } from '../lib/build-shard.ts';

/** This build's languages, from ATLAS_LOCALES (src/lib/build-shard.ts). Read once per process. */
let choice: ShardChoice<Locale> | undefined;

export function buildShard(): ShardChoice<Locale> {
  choice ??= parseShardLocales(process.env['ATLAS_LOCALES'], localeCodes);
  return choice;
}

/** The languages whose pages this build makes: what every route's getStaticPaths iterates. */
export function builtLocaleCodes(): Locale[] {
  return buildShard().locales;
}
