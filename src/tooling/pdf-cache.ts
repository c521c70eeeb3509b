import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, readFile, readdir, rm, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pdfCacheKey } from '../lib/pdf/pdf-cache-key.ts';
import { pageResources } from '../lib/offline-packs.ts';
import { pdfFontCss, pdfFontPackages } from './pdf-fonts.ts';

/**
 * The PDFs of the last build, by the hash of what each depends on, where a clean clone has none:
 * node_modules/.cache/atlas-pdfs/ (CI may keep it between runs). `ATLAS_PDF_CACHE=off` prints
 * every PDF again.
 */
export const pdfCacheDir = join(process.cwd(), 'node_modules', '.cache', 'atlas-pdfs');

const require = createRequire(import.meta.url);

export interface PdfCache {
  /** The key of a page's PDF, from the built page and everything it loads. */
  keyOf(pagePath: string, metadata: unknown): Promise<string>;
  /** Copies the cached PDF into the build; false when there is none. */
  restore(key: string, pdfPath: string): Promise<boolean>;
  save(key: string, pdfPath: string): Promise<void>;
  /** Forgets PDFs this build did not use, so the cache holds one build's worth. */
  prune(used: ReadonlySet<string>): Promise<void>;
}

export async function openPdfCache(distDir: string, chromiumPath: string, cacheDir = pdfCacheDir): Promise<PdfCache | undefined> {
  if (process.env['ATLAS_PDF_CACHE'] === 'off') return undefined;
  await mkdir(cacheDir, { recursive: true });
  const fontCss = await pdfFontCss();
  const fontPackages = pdfFontPackages.map((name) => `${name}@${(require(`${name}/package.json`) as { version: string }).version}`);
  const printer = `${chromiumPath} ${chromiumVersion(chromiumPath)}`;
  const resourceText = new Map<string, string>();
  const textOf = async (url: string) => {
    if (!resourceText.has(url)) resourceText.set(url, await readFile(join(distDir, url), 'utf8').catch(() => ''));
    return resourceText.get(url)!;
  };
  const cached = (key: string) => join(cacheDir, `${key}.pdf`);
  return {
    async keyOf(pagePath, metadata) {
      const html = await readFile(join(distDir, pagePath, 'index.html'), 'utf8');
      const loaded = pageResources(html).filter((url) => /\.(css|js)$/.test(url));
      return pdfCacheKey({ html, resources: await Promise.all(loaded.map(textOf)), fontCss, fontPackages, metadata, printer });
    },
    async restore(key, pdfPath) {
      if (!existsSync(cached(key))) return false;
      const target = join(distDir, pdfPath);
      await mkdir(dirname(target), { recursive: true });
      await copyFile(cached(key), target);
      return true;
    },
    async save(key, pdfPath) {
      await copyFile(join(distDir, pdfPath), cached(key));
    },
    async prune(used) {
      for (const name of await readdir(cacheDir)) {
        if (!used.has(name.replace(/\.pdf$/, ''))) await rm(join(cacheDir, name), { force: true });
      }
    },
  };
}

export async function fileSize(path: string): Promise<number> {
  return (await stat(path)).size;
}

function chromiumVersion(path: string): string {
  try {
    // Debian's launcher script writes a harmless complaint to stderr: the build log need not show it.
    return execFileSync(path, ['--version'], { encoding: 'utf8', timeout: 10_000, stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown version';
  }
}
