import { readFile, stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { zipSync } from 'fflate';
import { init as initModuleLexer, parse as parseModule } from 'es-module-lexer';
import { defaultLocale, localeCodes, locales } from '../locales.ts';
import { packManifestPath, packZipPath, pageResources, pagefindFiles, type PackManifest } from '../lib/offline-packs.ts';
import { formatFileSize } from '../lib/file-size.ts';
import { siteFiles } from './site-files.ts';

/**
 * After the build, PDFs and the search index: one manifest per language and country listing what
 * "Save for offline" stores, with its size; a ZIP of that country's PDFs in that language; and
 * the service worker, bundled from src/service-worker/sw.ts with its Workbox modules. Nothing here
 * runs in a reader's browser until they ask to save. Runs once the whole site is there: at the
 * end of a full build, or in `npm run merge` after a build sharded by language.
 */
export async function writeOfflinePacks(root: string, log: (message: string) => void): Promise<void> {
  const started = performance.now();
  await bundleServiceWorker(root);
  const files = await siteFiles(root);
  // The pages of each pack were written by src/pages/offline/[pack].json.ts, from the content.
  const packs = files.filter((file) => /^offline\/[a-z]{2}-[a-z]{2}\.json$/.test(file)).sort();
  const sizes: string[] = [];
  const bytesByPack = new Map<string, number>();
  for (const file of packs) {
    const { id, locale, country, pages: planned } = JSON.parse(await readFile(join(root, file), 'utf8')) as { id: string; locale: string; country: string; pages: string[] };
    const lang = locales[locale as keyof typeof locales]?.lang ?? locale;
    const search = pagefindFiles(files, lang);
    const pages = planned.filter((page) => files.includes(`${page.slice(1)}index.html`));
    const resources = new Set<string>();
    for (const page of pages) for (const resource of pageResources(await readFile(join(root, page, 'index.html'), 'utf8'))) resources.add(resource);
    const loaded = [...resources].filter((url) => files.includes(url.slice(1)));
    const modules = await importedModules(root, loaded, files);
    // Stylesheets a script loads by address (the search dialog's, on opening).
    const styles = await stylesheetsNamedByScripts(root, [...loaded, ...modules], files);
    const urls = [...pages, ...loaded, ...modules, ...styles, ...search];
    const bytes = (await Promise.all(urls.map((url) => size(root, url)))).reduce((sum, value) => sum + value, 0);
    const manifest: PackManifest = { id, locale, country, urls: [...new Set(urls)], bytes };
    await writeFile(join(root, packManifestPath(id)), JSON.stringify(manifest));
    await writePdfZip(root, id, urls.filter((url) => url.endsWith('.pdf')));
    sizes.push(`${id} ${formatFileSize(bytes, 'en')}`);
    bytesByPack.set(id, bytes);
  }
  await writePackSizes(root, files, bytesByPack);
  log(`Offline packs: ${packs.length} (${sizes.join(', ')}) in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}

/** The site's stylesheets whose address appears in the given scripts' text. */
async function stylesheetsNamedByScripts(root: string, scripts: readonly string[], files: readonly string[]): Promise<string[]> {
  const styles = files.filter((path) => /^_astro\/[^/]+\.css$/.test(path)).map((path) => `/${path}`);
  const texts = await Promise.all(scripts.filter((url) => url.endsWith('.js')).map((url) => readFile(join(root, url.slice(1)), 'utf8')));
  return styles.filter((style) => texts.some((text) => text.includes(style)));
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

/**
 * The size of each pack into the pages that offer it: OfflineSave.astro leaves the exact marker
 * `data-offline-bytes="pending:<id>"`, replaced here as a whole, never matched by pattern.
 */
async function writePackSizes(root: string, files: readonly string[], bytesByPack: ReadonlyMap<string, number>): Promise<void> {
  for (const file of files.filter((path) => path.endsWith('.html'))) {
    const html = await readFile(join(root, file), 'utf8');
    if (!html.includes('data-offline-bytes="pending:')) continue;
    let filled = html;
    for (const [id, bytes] of bytesByPack) filled = filled.replaceAll(`data-offline-bytes="pending:${id}"`, `data-offline-bytes="${bytes}"`);
    if (filled !== html) await writeFile(join(root, file), filled);
  }
}

/**
 * The modules the pages' scripts import in turn (shared chunks, the table of contents): found by
 * parsing each script with es-module-lexer, as the browser will, and followed to the end.
 */
async function importedModules(root: string, scripts: readonly string[], files: readonly string[]): Promise<string[]> {
  await initModuleLexer;
  const seen = new Set<string>();
  const queue = scripts.filter((url) => url.endsWith('.js'));
  while (queue.length > 0) {
    const url = queue.pop()!;
    const [imports] = parseModule(await readFile(join(root, url.slice(1)), 'utf8'));
    for (const { n: specifier } of imports) {
      if (specifier === undefined || !(specifier.startsWith('./') || specifier.startsWith('../') || specifier.startsWith('/'))) continue;
      const resolved = new URL(specifier, `https://site${url}`).pathname;
      if (seen.has(resolved) || scripts.includes(resolved) || !files.includes(resolved.slice(1))) continue;
      seen.add(resolved);
      if (resolved.endsWith('.js')) queue.push(resolved);
    }
  }
  return [...seen];
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
