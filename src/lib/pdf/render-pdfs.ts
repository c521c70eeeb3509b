import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { launchChromium } from '../chromium.ts';
import { serveStatic } from '../static-server.ts';
import { pdfFontCss, pdfFontFile, pdfFontRoute } from './pdf-fonts.ts';
import { withPdfMetadata, type PdfMetadata } from './pdf-metadata.ts';
import type { PdfTarget } from './pdf-targets.ts';

export interface RenderOptions {
  distDir: string;
  targets: readonly PdfTarget[];
  chromiumPath: string;
  metadataFor(target: PdfTarget): PdfMetadata;
  /** Pages printed at once in the one browser. */
  concurrency?: number;
}

export interface RenderedPdf {
  target: PdfTarget;
  bytes: number;
  milliseconds: number;
}

/**
 * Prints each target page to PDF with the site's own print stylesheet, in one Chromium,
 * several pages at a time, from the built site served on 127.0.0.1.
 */
export async function renderPdfs({ distDir, targets, chromiumPath, metadataFor, concurrency = 3 }: RenderOptions): Promise<RenderedPdf[]> {
  const site = await serveStatic(distDir);
  const browser = await launchChromium(chromiumPath);
  const fontCss = await pdfFontCss();
  try {
    const context = await browser.newContext();
    await context.route(`${site.origin}${pdfFontRoute}**`, async (route) => {
      const body = await pdfFontFile(new URL(route.request().url()).pathname);
      await (body ? route.fulfill({ body, contentType: 'font/woff2' }) : route.fulfill({ status: 404 }));
    });
    const queue = [...targets];
    const rendered: RenderedPdf[] = [];
    const worker = async () => {
      for (let target = queue.shift(); target; target = queue.shift()) {
        const started = performance.now();
        const page = await context.newPage();
        try {
          await page.emulateMedia({ media: 'print' });
          await page.goto(`${site.origin}${target.pagePath}`, { waitUntil: 'load' });
          await page.addStyleTag({ content: fontCss });
          await page.evaluate('document.fonts.ready.then(() => undefined)');
          const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
          const withMetadata = await withPdfMetadata(pdf, metadataFor(target));
          const file = join(distDir, target.pdfPath);
          await mkdir(dirname(file), { recursive: true });
          await writeFile(file, withMetadata);
          rendered.push({ target, bytes: withMetadata.byteLength, milliseconds: performance.now() - started });
        } finally {
          await page.close();
        }
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
    return rendered.sort((a, b) => a.target.pdfPath.localeCompare(b.target.pdfPath));
  } finally {
    await browser.close();
    await site.close();
  }
}
