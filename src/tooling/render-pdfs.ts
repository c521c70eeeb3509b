import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { BrowserContext, Page, Request, WebSocketRoute } from 'playwright-core';
import { launchSealedChromium } from './chromium.ts';
import { serveStatic } from './static-server.ts';
import { pdfFontCss, pdfFontFile } from './pdf-fonts.ts';
import { withPdfMetadata, type PdfMetadata } from '../lib/pdf/pdf-metadata.ts';
import type { PdfTarget } from '../lib/pdf/pdf-targets.ts';
import { pdfRequestVerdict, refusedLoadsMessage, unattributedLoadsMessage } from '../lib/pdf/request-policy.ts';

export interface RenderOptions {
  distDir: string;
  targets: readonly PdfTarget[];
  chromiumPath: string;
  metadataFor(target: PdfTarget): PdfMetadata;
  /**
   * The content file a target's page is made from, named when its PDF fails: its translation,
   * or the English file the page falls back to (e.g. content/docs/en/countries/it.mdx).
   */
  contentFileFor(target: PdfTarget): string;
  /** Pages printed at once in the one browser. */
  concurrency?: number;
}

export interface RenderedPdf {
  target: PdfTarget;
  bytes: number;
  milliseconds: number;
}

/** Addresses outside the build that pages tried to load: per page being printed, and the rest. */
export interface OutsideAttempts {
  byPage: Map<Page, string[]>;
  unattributed: string[];
}

function pageOf(request: Request): Page | undefined {
  try {
    return request.frame().page();
  } catch {
    // Requests of service workers have no frame; the context blocks service workers anyway.
    return undefined;
  }
}

const withoutWebRtc = `for (const name of ['RTCPeerConnection', 'webkitRTCPeerConnection', 'RTCDataChannel', 'RTCIceCandidate', 'RTCSessionDescription']) {
  Object.defineProperty(globalThis, name, { value: undefined, writable: false, configurable: false });
}`;

/**
 * Lets the context load only the built site and the print fonts: every other request is aborted
 * before it leaves. The browser's own flags (sealedChromiumArgs) are the second lock, for what
 * routes never see.
 *
 * Attempts are recorded from the `request` event, not in the route, because the site's own
 * Content-Security-Policy stops most of them before any route runs; the page still tried, and the
 * build must fail, naming the page, rather than quietly print a PDF without the missing file.
 */
export async function sealPdfContext(context: BrowserContext, siteOrigin: string, attempts: OutsideAttempts): Promise<void> {
  // WebRTC sends UDP to any address a page names, which neither routes nor the proxy flag see:
  // the pages printed here never need it, so it does not exist for them, in any frame.
  await context.addInitScript({ content: withoutWebRtc });
  context.on('request', (request) => {
    if (pdfRequestVerdict(request.url(), siteOrigin) !== 'refused') return;
    const page = pageOf(request);
    const triedByPage = page ? attempts.byPage.get(page) : undefined;
    (triedByPage ?? attempts.unattributed).push(request.url());
  });
  await context.route('**/*', async (route, request) => {
    const url = request.url();
    const verdict = pdfRequestVerdict(url, siteOrigin);
    if (verdict === 'site' || verdict === 'inline') return route.continue();
    if (verdict === 'font') {
      const body = await pdfFontFile(new URL(url).pathname);
      return body ? route.fulfill({ body, contentType: 'font/woff2' }) : route.fulfill({ status: 404 });
    }
    return route.abort('blockedbyclient');
  });
  // Pages route their own sockets (to name the page); this catches windows a page might open.
  await context.routeWebSocket(() => true, refuseSocket(attempts.unattributed));
}

/** A static site opens no live connections: every WebSocket is closed before it reaches a server. */
function refuseSocket(refusedUrls: string[]): (socket: WebSocketRoute) => Promise<void> {
  return (socket) => {
    refusedUrls.push(socket.url());
    return socket.close();
  };
}

/** The build's error for a page that failed for another reason than the seal. */
function pageFailureMessage(target: PdfTarget, contentFile: string, error: unknown): string {
  const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0]?.trim() || 'an unknown error';
  return [
    `The PDF of the page ${target.pagePath} could not be made: ${reason}`,
    `The page is made from ${contentFile}.`,
    'Check that the page shows with `npm start`, then build again; if the PDF fails again, send this message to a maintainer.',
  ].join('\n');
}

/**
 * Prints each target page to PDF with the site's own print stylesheet, in one Chromium,
 * several pages at a time, from the built site served on 127.0.0.1. Fails, naming every page
 * and content file at fault, if a page tried to load anything from elsewhere or could not be printed.
 */
export async function renderPdfs({ distDir, targets, chromiumPath, metadataFor, contentFileFor, concurrency = 3 }: RenderOptions): Promise<RenderedPdf[]> {
  const site = await serveStatic(distDir);
  try {
    const fontCss = await pdfFontCss();
    const browser = await launchSealedChromium(chromiumPath, site.origin);
    try {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const attempts: OutsideAttempts = { byPage: new Map(), unattributed: [] };
      await sealPdfContext(context, site.origin, attempts);
      const queue = [...targets];
      const rendered: RenderedPdf[] = [];
      const failures: { pagePath: string; message: string; cause?: unknown }[] = [];
      const worker = async () => {
        for (let target = queue.shift(); target; target = queue.shift()) {
          const started = performance.now();
          const page = await context.newPage();
          const triedHere: string[] = [];
          attempts.byPage.set(page, triedHere);
          const refusedMessage = () => refusedLoadsMessage({ pagePath: target.pagePath, contentFile: contentFileFor(target), urls: triedHere });
          try {
            await page.routeWebSocket(() => true, refuseSocket(triedHere));
            await page.emulateMedia({ media: 'print' });
            const response = await page.goto(`${site.origin}${target.pagePath}`, { waitUntil: 'load' });
            if (!response?.ok()) throw new Error(`the built site has no page at this address (the server answered ${response?.status() ?? 'nothing'}).`);
            await page.addStyleTag({ content: fontCss });
            await page.evaluate('document.fonts.ready.then(() => undefined)');
            const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
            // Checked after printing: print layout can still fetch images and fonts.
            if (triedHere.length > 0) {
              failures.push({ pagePath: target.pagePath, message: refusedMessage() });
              continue;
            }
            const withMetadata = await withPdfMetadata(pdf, metadataFor(target));
            const file = join(distDir, target.pdfPath);
            await mkdir(dirname(file), { recursive: true });
            await writeFile(file, withMetadata);
            rendered.push({ target, bytes: withMetadata.byteLength, milliseconds: performance.now() - started });
          } catch (error) {
            // A refused redirect can make navigation itself fail: the refused address is the real cause.
            if (triedHere.length > 0) {
              failures.push({ pagePath: target.pagePath, message: refusedMessage(), cause: error });
            } else {
              failures.push({ pagePath: target.pagePath, message: pageFailureMessage(target, contentFileFor(target), error), cause: error });
              // A page that cannot be printed usually means none can (a broken build or browser): stop early.
              queue.length = 0;
            }
          } finally {
            attempts.byPage.delete(page);
            await page.close();
          }
        }
      };
      await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
      if (attempts.unattributed.length > 0) {
        failures.push({ pagePath: '', message: unattributedLoadsMessage(attempts.unattributed) });
      }
      if (failures.length > 0) {
        failures.sort((a, b) => a.pagePath.localeCompare(b.pagePath));
        const summary = failures.length === 1 ? '' : `${failures.length} PDFs could not be made.\n\n`;
        throw new Error(summary + failures.map((failure) => failure.message).join('\n\n'), { cause: failures.find((failure) => failure.cause)?.cause });
      }
      return rendered.sort((a, b) => a.target.pdfPath.localeCompare(b.target.pdfPath));
    } finally {
      await browser.close();
    }
  } finally {
    await site.close();
  }
}
