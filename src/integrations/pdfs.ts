import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readContent } from '../lib/content-check/read-content.ts';
import { clinicData, pageRecords } from '../lib/content-check/page-records.ts';
import { findChromium } from '../lib/chromium.ts';
import { pdfTargets, type PdfTarget } from '../lib/pdf/pdf-targets.ts';
import { renderPdfs } from '../lib/pdf/render-pdfs.ts';
import { updatePdfLinks } from '../lib/pdf/page-links.ts';
import { locales, localeCodes, defaultLocale, isLocale } from '../locales.ts';

/**
 * After the build: a PDF of every fact sheet and toolkit in every language, printed by the
 * system Chromium with the site's print stylesheet. Without Chromium the site still builds; the
 * log says, in one line, that PDFs were skipped and how to get them.
 * ATLAS_PDFS=off skips them on purpose (tests that build copies of the site use it).
 */
export function pdfs(): AstroIntegration {
  let root = '';
  return {
    name: 'atlas:pdfs',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const content = await readContent(root);
        const pages = pageRecords(content);
        const records = new Map(pages.map((record) => [record.id, record.data]));
        const contentFiles = new Map(pages.map((record) => [record.id, record.path]));
        // A page not yet translated is built from the English file: that is the file to name and describe.
        const sourceId = (target: PdfTarget) =>
          records.has(`${target.locale}/${target.slug}`) ? `${target.locale}/${target.slug}` : `${defaultLocale}/${target.slug}`;
        const clinics = clinicData(content);
        const english = [...records]
          .filter(([id]) => id.startsWith(`${defaultLocale}/`))
          .map(([id, data]) => ({ slug: id.slice(defaultLocale.length + 1), kind: data['kind'] }));
        const targets = pdfTargets(english, localeCodes);

        const chromiumPath = findChromium();
        const sizes = new Map<string, number>();
        if (process.env['ATLAS_PDFS'] === 'off') {
          logger.info('PDFs skipped: ATLAS_PDFS=off.');
        } else if (targets.length === 0) {
          logger.info('No fact sheet or toolkit: no PDFs to make.');
        } else if (!chromiumPath) {
          logger.warn('PDFs skipped: Chromium was not found. Install it (Debian or Ubuntu: apt-get install chromium) or set CHROME_PATH to it, then build again.');
        } else {
          const started = performance.now();
          const metadataFor = (target: PdfTarget) => {
            const data = records.get(sourceId(target)) ?? {};
            const clinic = typeof data['reviewedBy'] === 'string' ? clinics.get(data['reviewedBy'])?.['name'] : undefined;
            return {
              title: String(data['title'] ?? target.slug),
              author: typeof clinic === 'string' ? clinic : 'Migrant Rights Atlas',
              lang: isLocale(target.locale) ? locales[target.locale].lang : target.locale,
              subject: typeof data['description'] === 'string' ? data['description'] : undefined,
            };
          };
          const contentFileFor = (target: PdfTarget) => contentFiles.get(sourceId(target)) ?? `content/docs/${sourceId(target)}`;
          const rendered = await renderPdfs({ distDir, targets, chromiumPath, metadataFor, contentFileFor });
          for (const pdf of rendered) sizes.set(pdf.target.pdfPath, pdf.bytes);
          logger.info(`${rendered.length} PDFs rendered in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
        }

        // Only the pages that offer a PDF have a link to update.
        await Promise.all(
          targets.map(async (target) => {
            const file = join(distDir, target.pagePath, 'index.html');
            const html = await readFile(file, 'utf8').catch(() => undefined);
            if (html?.includes('data-pdf-link=')) await writeFile(file, updatePdfLinks(html, (pdfPath) => sizes.get(pdfPath)));
          }),
        );
      },
    },
  };
}
