import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageAssets, type Bytes, type PageBytes } from '../../lib/bench/page-bytes.ts';

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

