/**
 * `npm run merge -- [--out dist] <shard folders…>`: joins the outputs of a build sharded by
 * language into one site, the same as a full build (src/tooling/merge-shards.ts). For example:
 *
 *   ATLAS_LOCALES=en,fr npm run build -- --outDir shards/a
 *   ATLAS_LOCALES=ar,fa npm run build -- --outDir shards/b
 *   …every language in one shard…
 *   npm run merge -- --out dist shards/a shards/b …
 */
import { parseArgs } from 'node:util';
import { MergeError, mergeShards } from '../src/tooling/merge-shards.ts';

const { values, positionals } = parseArgs({ options: { out: { type: 'string', default: 'dist' } }, allowPositionals: true });
try {
  await mergeShards(positionals, values.out, (message) => console.log(message));
} catch (error) {
  if (error instanceof MergeError) {
    console.error(`merge: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
