import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { findChromium } from '../tooling/chromium.ts';
import { renderPdfs } from '../tooling/render-pdfs.ts';
import { fileSize, openPdfCache } from '../tooling/pdf-cache.ts';
import { buildShard } from '../tooling/build-shard.ts';
import { mapInBatches, pageBatch } from '../lib/map-in-batches.ts';
import { pdfRequestOf, type PdfRequest } from '../lib/pdf/pdf-requests.ts';
import { updatePdfLinks } from '../lib/pdf/page-links.ts';

/**
 * After the build: a PDF of every page that offers one (every fact sheet and toolkit, in every
 * language), printed by the system Chromium with the site's print stylesheet. The step reads the
 * built pages, not the content: each page's "Download PDF" link says which PDF to make and with
 * which title, language and author. Without Chromium the site still builds; the log says, in one
 * line, that PDFs were skipped and how to get them.
 * ATLAS_PDFS=off skips them on purpose (tests that build copies of the site use it).
 */
export function pdfs(): AstroIntegration {
  return {
    name: 'atlas:pdfs',
    hooks: {
      'astro:config:done': ({ config, logger }) => {
        // Printed pages and PDFs carry the page's address and a QR code to it: say when it is only local.
        if (!process.env['SITE_URL']) logger.info(`SITE_URL is not set: QR codes and printed addresses will point to ${config.site ?? 'localhost'}. Set SITE_URL to the public address for a public build.`);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const requests = await pdfRequestsIn(distDir);
        const chromiumPath = findChromium();
        const sizes = new Map<string, number>();
        if (process.env['ATLAS_PDFS'] === 'off') {
          logger.info('PDFs skipped: ATLAS_PDFS=off.');
        } else if (requests.length === 0) {
          logger.info('No fact sheet or toolkit: no PDFs to make.');
        } else if (!chromiumPath) {
          logger.warn('PDFs skipped: Chromium was not found. Install it (Debian or Ubuntu: apt-get install chromium) or set CHROME_PATH to it, then build again.');
        } else {
          const started = performance.now();
          const byPdf = new Map(requests.map((request) => [request.target.pdfPath, request]));
          // An unchanged page reuses its PDF from the last build (src/tooling/pdf-cache.ts).
          const cache = await openPdfCache(distDir, chromiumPath);
          const keys = new Map<string, string>();
          const toRender: PdfRequest[] = [];
          for (const request of requests) {
            const key = await cache?.keyOf(request.target.pagePath, request.metadata);
            if (key !== undefined) keys.set(request.target.pdfPath, key);
            if (key !== undefined && (await cache!.restore(key, request.target.pdfPath))) {
              sizes.set(request.target.pdfPath, await fileSize(join(distDir, request.target.pdfPath)));
            } else {
              toRender.push(request);
            }
          }
          const rendered =
            toRender.length === 0
              ? []
              : await renderPdfs({
                  distDir,
                  targets: toRender.map((request) => request.target),
                  chromiumPath,
                  metadataFor: (target) => byPdf.get(target.pdfPath)!.metadata,
                  contentFileFor: (target) => byPdf.get(target.pdfPath)!.contentFile,
                });
          for (const pdf of rendered) {
            sizes.set(pdf.target.pdfPath, pdf.bytes);
            const key = keys.get(pdf.target.pdfPath);
            if (key !== undefined) await cache!.save(key, pdf.target.pdfPath);
          }
          // A shard builds some languages only: the other languages' PDFs stay for their next build.
          if (!buildShard().sharded) await cache?.prune(new Set(keys.values()));
          logger.info(`PDFs: ${rendered.length} rendered, ${requests.length - toRender.length} reused, in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
        }

        // Only the pages that offer a PDF have a link to update.
        await Promise.all(
          requests.map(async ({ target }) => {
            const file = join(distDir, target.pagePath, 'index.html');
            await writeFile(file, updatePdfLinks(await readFile(file, 'utf8'), (pdfPath) => sizes.get(pdfPath)));
          }),
        );
      },
    },
  };
}

/** Every built page that offers a PDF, in a stable order. */
async function pdfRequestsIn(distDir: string): Promise<PdfRequest[]> {
  const pages = (await readdir(distDir, { recursive: true }))
    .map((path) => relative('.', path).split(sep).join('/'))
    .filter((path) => path.endsWith('/index.html') && !path.startsWith('pagefind/'));
  const requests = await mapInBatches(pages, pageBatch, async (path) => pdfRequestOf(await readFile(join(distDir, path), 'utf8'), `/${path.slice(0, -'index.html'.length)}`));
  return requests.filter((request): request is PdfRequest => request !== undefined).sort((a, b) => a.target.pdfPath.localeCompare(b.target.pdfPath));
}
