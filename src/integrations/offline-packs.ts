import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { zipSync } from 'fflate';
import { defaultLocale, localeCodes, locales } from '../locales.ts';
import { packManifestPath, packZipPath, pageResources, pagefindFiles, type PackManifest } from '../lib/offline-packs.ts';
import { formatFileSize } from '../lib/file-size.ts';

/**
 * After the build, PDFs and the search index: one manifest per language and country listing what
 * "Save for offline" stores, with its size; a ZIP of that country's PDFs in that language; and
 * the service worker, bundled from src/service-worker/sw.ts with its Workbox modules. Nothing here
 * runs in a reader's browser until they ask to save.
 */
export function offlinePacks(): AstroIntegration {
  return {
    name: 'atlas:offline-packs',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const started = performance.now();
        await bundleServiceWorker(root);
        const files = await listFiles(root);
        // The pages of each pack were written by src/pages/offline/[pack].json.ts, from the content.
        const packs = files.filter((file) => /^offline\/[a-z]{2}-[a-z]{2}\.json$/.test(file)).sort();
        const sizes: string[] = [];
        for (const file of packs) {
          const { id, locale, country, pages: planned } = JSON.parse(await readFile(join(root, file), 'utf8')) as { id: string; locale: string; country: string; pages: string[] };
          const lang = locales[locale as keyof typeof locales]?.lang ?? locale;
          const search = pagefindFiles(files, lang);
          const pages = planned.filter((page) => files.includes(`${page.slice(1)}index.html`));
          const resources = new Set<string>();
          for (const page of pages) for (const resource of pageResources(await readFile(join(root, page, 'index.html'), 'utf8'))) resources.add(resource);
          const urls = [...pages, ...[...resources].filter((url) => files.includes(url.slice(1))), ...search];
          const bytes = (await Promise.all(urls.map((url) => size(root, url)))).reduce((sum, value) => sum + value, 0);
          const manifest: PackManifest = { id, locale, country, urls: [...new Set(urls)], bytes };
          await writeFile(join(root, packManifestPath(id)), JSON.stringify(manifest));
          await writePdfZip(root, id, urls.filter((url) => url.endsWith('.pdf')));
          sizes.push(`${id} ${formatFileSize(bytes, 'en')}`);
        }
        logger.info(`Offline packs: ${packs.length} (${sizes.join(', ')}) in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
      },
    },
  };
}

async function bundleServiceWorker(root: string): Promise<void> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('../service-worker/sw.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    target: 'es2022',
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'none',
  });
  const code = result.outputFiles[0]!.text.replace('__ATLAS_LOCALES__', JSON.stringify(localeCodes).replace(/"/g, '\\"')).replace('__ATLAS_DEFAULT_LOCALE__', defaultLocale);
  await writeFile(join(root, 'sw.js'), code);
}

async function writePdfZip(root: string, id: string, pdfs: readonly string[]): Promise<void> {
  if (pdfs.length === 0) return;
  const entries = Object.fromEntries(await Promise.all(pdfs.map(async (pdf) => [pdf.split('/').pop()!, new Uint8Array(await readFile(join(root, pdf)))] as const)));
  // PDFs are compressed already: stored as they are, the ZIP opens fast on an old phone.
  await writeFile(join(root, packZipPath(id)), zipSync(entries, { level: 0, mtime: new Date('2000-01-01T00:00:00Z') }));
}

async function size(root: string, url: string): Promise<number> {
  const path = join(root, url.endsWith('/') ? `${url}index.html` : url);
  return existsSync(path) ? (await stat(path)).size : 0;
}

async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'));
}
