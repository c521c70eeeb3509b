import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, scriptHashesOf, withContentSecurityPolicy } from '../lib/csp.ts';

/**
 * Writes a Content-Security-Policy into every built page, once the HTML is final, so that it
 * covers every inline script Starlight emits (Astro's own CSP support hashes only the scripts
 * it bundles).
 */
export function contentSecurityPolicy(): AstroIntegration {
  return {
    name: 'atlas:content-security-policy',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = (await readdir(root, { recursive: true })).filter((path) => path.endsWith('.html'));
        const allHashes = new Set<string>();
        await Promise.all(
          pages.map(async (path) => {
            const file = join(root, path);
            const html = withContentSecurityPolicy(await readFile(file, 'utf8'));
            for (const hash of scriptHashesOf(html)) allHashes.add(hash);
            await writeFile(file, html);
          }),
        );
        await writeFile(join(root, '_headers'), headersFile(allHashes));
        logger.info(`Content-Security-Policy written into ${pages.length} pages and _headers.`);
      },
    },
  };
}
