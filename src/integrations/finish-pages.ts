import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { accessibleTaskLists } from '../lib/task-lists.ts';
import { applyContentSecurityPolicy, headersFile } from '../lib/csp.ts';
import { withCliticBreaks } from '../lib/clitic-breaks.ts';
import { isLocale, locales } from '../locales.ts';
import { mapInBatches, pageBatch } from '../lib/map-in-batches.ts';

/**
 * Finishes every built page in one pass (each pass over thousands of files costs build time):
 * checklist boxes without unlabelled form fields (src/lib/task-lists.ts), then the page's
 * Content-Security-Policy, once its HTML is final, so that it covers every inline script Starlight
 * emits (Astro's own CSP support hashes only the scripts it bundles). Writes `_headers` too.
 * Pages in a language that elides ("d’asile") or attaches clitics ("والعمل") get a hidden word
 * break after them (src/lib/clitic-breaks.ts) before Pagefind indexes them.
 */
export function finishPages(): AstroIntegration {
  return {
    name: 'atlas:finish-pages',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
        const pages = (await readdir(root, { recursive: true })).filter((path) => path.endsWith('.html'));
        const allHashes = new Set<string>();
        await mapInBatches(pages, pageBatch, async (path) => {
          const file = join(root, path);
          const folder = path.split(/[\\/]/)[0] ?? '';
          const lang = isLocale(folder) ? locales[folder].lang : '';
          const page = withCliticBreaks(accessibleTaskLists(await readFile(file, 'utf8')), lang);
          const { html, scriptHashes } = applyContentSecurityPolicy(page);
          for (const hash of scriptHashes) allHashes.add(hash);
          await writeFile(file, html);
        });
        await writeFile(join(root, '_headers'), headersFile(allHashes));
        logger.info(`${pages.length} pages finished: checklists, search words, Content-Security-Policy; _headers written (${((performance.now() - started) / 1000).toFixed(1)} s).`);
      },
    },
  };
}
