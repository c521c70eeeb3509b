import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface PageBytes {
  html: Bytes;
  css: Bytes;
  js: Bytes;
}

/** The stylesheets and scripts a page loads when it opens (not what it may load later). */
export function pageAssets(html: string): { css: string[]; js: string[] } {
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g), ...html.matchAll(/<link[^>]+href="([^"]+)"[^>]*rel="stylesheet"/g)].map((m) => m[1]!);
  const js = [
    ...html.matchAll(/<script[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((m) => m[1]!);
  return { css: [...new Set(css)], js: [...new Set(js)] };
}

/** Bytes of one built page, its HTML and the CSS and JS it loads, raw and compressed. */
export async function measurePage(distDir: string, htmlPath: string, cache: Map<string, Bytes>): Promise<PageBytes> {
  const html = await readFile(join(distDir, htmlPath));
  const assets = pageAssets(html.toString('utf8'));
  const sum = async (paths: string[]) => {
    const total: Bytes = { raw: 0, gzip: 0 };
    for (const path of paths) {
      if (!path.startsWith('/')) continue;
      let bytes = cache.get(path);
      if (!bytes) {
        const file = await readFile(join(distDir, path)).catch(() => undefined);
        bytes = file ? { raw: file.byteLength, gzip: gzipSync(file).byteLength } : { raw: 0, gzip: 0 };
        cache.set(path, bytes);
      }
      total.raw += bytes.raw;
      total.gzip += bytes.gzip;
    }
    return total;
  };
  return { html: { raw: html.byteLength, gzip: gzipSync(html).byteLength }, css: await sum(assets.css), js: await sum(assets.js) };
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function medianPageBytes(pages: readonly PageBytes[]): PageBytes {
  const of = (part: keyof PageBytes, kind: keyof Bytes) => median(pages.map((page) => page[part][kind]));
  return {
    html: { raw: of('html', 'raw'), gzip: of('html', 'gzip') },
    css: { raw: of('css', 'raw'), gzip: of('css', 'gzip') },
    js: { raw: of('js', 'raw'), gzip: of('js', 'gzip') },
  };
}
