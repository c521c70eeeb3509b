import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildShard } from '../tooling/build-shard.ts';
import { finishWholeSite } from '../tooling/finish-site.ts';
import { htmlPages } from '../tooling/site-files.ts';
import { collectStyleUsage, shardUsageFile, writeShardUsage } from '../tooling/style-usage.ts';

/**
 * Last, once pages, PDFs and the search index exist: reads what every page's markup uses, then
 * trims the stylesheets and writes the offline packs (src/tooling/finish-site.ts). A shard of a
 * build by language (ATLAS_LOCALES) only leaves its pages' usage for `npm run merge`.
 */
export function finishSite(): AstroIntegration {
  return {
    name: 'atlas:finish-site',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const usage = await collectStyleUsage(root, await htmlPages(root));
        if (buildShard().sharded) {
          await writeShardUsage(root, usage);
          logger.info(`Shard of ${buildShard().locales.join(', ')}: stylesheets and offline packs are finished by \`npm run merge\` (page usage in ${shardUsageFile}).`);
          return;
        }
        await finishWholeSite(root, usage, (message) => logger.info(message));
      },
    },
  };
}
