import { readFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { buildShard } from '../tooling/build-shard.ts';

/** Starlight's page route, whose getStaticPaths lists every docs page in every language. */
const starlightPageRoute = /[\\/]@astrojs[\\/]starlight[\\/]dist[\\/]routes[\\/]static[\\/]index\.astro$/;
const pathsStatement = 'return paths;';

/**
 * `ATLAS_LOCALES=ar,fa npm run build` (src/lib/build-shard.ts): our routes list only the shard's
 * languages themselves (src/tooling/build-shard.ts). Starlight's page route has no such option, so
 * its one `return paths;` is narrowed to the shard's languages as Vite loads it. English entries
 * stay in the content collection, so Arabic pages not yet translated still fall back to English.
 * If a Starlight update changes that route, the build stops here rather than build every language.
 */
export function localeShard(): AstroIntegration {
  return {
    name: 'atlas:locale-shard',
    hooks: {
      'astro:config:setup': ({ updateConfig, logger }) => {
        const shard = buildShard();
        if (!shard.sharded) return;
        logger.info(`Building the languages ${shard.locales.join(', ')} and the pages of no language; \`npm run merge\` joins shards.`);
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'atlas:starlight-locale-shard',
                enforce: 'pre',
                async load(id) {
                  if (!starlightPageRoute.test(id)) return null;
                  const source = await readFile(id, 'utf8');
                  if (source.split(pathsStatement).length !== 2) {
                    throw new Error(`ATLAS_LOCALES: Starlight's page route (${id}) no longer has one "${pathsStatement}" to narrow. Build without ATLAS_LOCALES, and update src/integrations/locale-shard.ts for this Starlight version.`);
                  }
                  const wanted = JSON.stringify(shard.locales);
                  return source.replace(pathsStatement, `return paths.filter((path) => ${wanted}.includes(String(path.params.slug ?? '').split('/')[0]));`);
                },
              },
            ],
          },
        });
      },
    },
  };
}
