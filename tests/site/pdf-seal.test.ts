import { createSocket } from 'node:dgram';
import { createServer, type Server } from 'node:http';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, launchChromium, launchSealedChromium } from '../../src/tooling/chromium.ts';
import { renderPdfs, sealPdfContext, type OutsideAttempts } from '../../src/tooling/render-pdfs.ts';
import { pdfPathFor, type PdfTarget } from '../../src/lib/pdf/pdf-targets.ts';
import { serveStatic } from '../../src/tooling/static-server.ts';

/**
 * The PDF browser may load only the local build. A tiny site of our own, with pages that reach
 * for a second local server (the "other host"), proves it: the other server must hear nothing,
 * not even a connection, and the build must fail naming the page, its content file and the address.
 * Needs no dist/: the site is written to a temporary folder.
 */

const chromiumPath = findChromium();

interface OtherHost {
  port: number;
  /** Every request line and every TCP connection the other host received. */
  heard: string[];
  close(): Promise<void>;
}

async function startOtherHost(): Promise<OtherHost> {
  const heard: string[] = [];
  const server: Server = createServer((request, response) => {
    heard.push(`${request.method} ${request.headers.host}${request.url}`);
    response.writeHead(200, { 'content-type': 'text/plain' }).end('x');
  });
  server.on('connection', () => heard.push('connection'));
  server.on('upgrade', (request, socket) => {
    heard.push(`upgrade ${request.url}`);
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    heard,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const target = (locale: string, slug: string): PdfTarget => ({ locale, slug, pagePath: `/${locale}/${slug}/`, pdfPath: pdfPathFor(locale, slug) });

const page = (body: string, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test</title>${head}</head><body>${body}</body></html>`;

/** Every folder writeSite made; each test's folders are removed after it. */
const folders: string[] = [];

/** A site of these files in a temporary folder, removed after the test. */
async function writeSite(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'atlas-pdf-seal-'));
  folders.push(dir);
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  return dir;
}

const metadataFor = (t: PdfTarget) => ({ title: t.slug, author: 'Test clinic', lang: t.locale });

/** Prints one page of the site in `distDir` as the build does, naming `contentFile` as the file the page is made from. */
function printPage(distDir: string, pageTarget: PdfTarget, contentFile: string): ReturnType<typeof renderPdfs> {
  return renderPdfs({ distDir, targets: [pageTarget], chromiumPath: chromiumPath!, metadataFor, contentFileFor: () => contentFile });
}

/** The message renderPdfs rejects with; fails the test if it resolves. */
async function rejectionOf(rendering: Promise<unknown>): Promise<string> {
  const error = await rendering.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error, 'renderPdfs must reject').toBeInstanceOf(Error);
  return (error as Error).message;
}

describe.skipIf(!chromiumPath)('the PDF browser', () => {
  let other: OtherHost;

  beforeAll(async () => {
    other = await startOtherHost();
  });
  afterAll(async () => {
    await other.close();
  });
  afterEach(async () => {
    other.heard.length = 0;
    await Promise.all(folders.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('refuses every address outside the build, and the build fails naming the page, its content file and each address', async () => {
    const port = other.port;
    const urls = {
      image: `http://127.0.0.1:${port}/x.png`,
      stylesheet: `http://localhost:${port}/a.css`,
      cssBackground: `http://127.0.0.1:${port}/background.png`,
      socket: `ws://127.0.0.1:${port}/live`,
    };
    const distDir = await writeSite({
      'fr/countries/it/index.html': page(
        `<h1>Italie</h1><img src="${urls.image}" alt="">` +
          // A script stands in for anything that opens a live connection; content cannot add one.
          `<script>new WebSocket(${JSON.stringify(urls.socket)});</script>`,
        `<link rel="preconnect" href="http://127.0.0.1:${port}"><link rel="stylesheet" href="${urls.stylesheet}"><link rel="stylesheet" href="/site.css">`,
      ),
      'site.css': `body { background-image: url("${urls.cssBackground}"); }`,
    });

    // An untranslated page is made from the English file: that is the one to name.
    const message = await rejectionOf(printPage(distDir, target('fr', 'countries/it'), 'content/docs/en/countries/it.mdx'));
    expect(message).toContain('/fr/countries/it/');
    expect(message).toContain('content/docs/en/countries/it.mdx');
    for (const url of Object.values(urls)) expect(message).toContain(url);
    expect(message).toMatch(/save the file under public\//);

    expect(other.heard, 'the other host must receive nothing at all').toEqual([]);
    expect(existsSync(join(distDir, 'pdf', 'fr', 'countries', 'it.pdf')), 'no PDF is written for a page that broke the seal').toBe(false);
  });

  it('fails the build too when the page’s own Content-Security-Policy stopped the load, as on the real site', async () => {
    const url = `http://127.0.0.1:${other.port}/chart.png`;
    const distDir = await writeSite({
      'en/toolkits/letter/index.html': page(`<h1>Letter</h1><img src="${url}" alt="">`, `<meta http-equiv="Content-Security-Policy" content="default-src 'self'">`),
    });

    const message = await rejectionOf(printPage(distDir, target('en', 'toolkits/letter'), 'content/docs/en/toolkits/letter.mdx'));
    expect(message).toContain('/en/toolkits/letter/');
    expect(message).toContain('content/docs/en/toolkits/letter.mdx');
    expect(message).toContain(url);
    expect(other.heard).toEqual([]);
  });

  it('prints a page that loads only its own site, with the print fonts', async () => {
    const distDir = await writeSite({
      'en/countries/it/index.html': page(
        '<h1>Italy</h1><p>Social security for migrant workers.</p><img src="/dot.svg" alt=""><img src="data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22/%3E" alt="">',
        '<link rel="stylesheet" href="/site.css">',
      ),
      'site.css': 'h1 { color: #123; background-image: url("/dot.svg"); }',
      'dot.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><rect width="4" height="4"/></svg>',
    });

    const rendered = await printPage(distDir, target('en', 'countries/it'), 'content/docs/en/countries/it.mdx');
    expect(rendered.map((pdf) => pdf.target.pagePath)).toEqual(['/en/countries/it/']);
    const pdf = await readFile(join(distDir, 'pdf', 'en', 'countries', 'it.pdf'));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // The fonts come through the renderer's own font route: the seal must let them pass.
    expect(pdf.toString('latin1')).toMatch(/\/BaseFont\s*\/[A-Z]{6}\+NotoSans/);
    expect(other.heard).toEqual([]);
  });

  it('names the page and its content file when a page cannot be printed', async () => {
    // Like the real build: a missing address answers with the site's 404 page, which must not become a PDF.
    const distDir = await writeSite({ 'en/index.html': page('<h1>Home</h1>'), '404.html': page('<h1>Not found</h1>') });

    const message = await rejectionOf(printPage(distDir, target('de', 'toolkits/missing'), 'content/docs/de/toolkits/missing.mdx'));
    expect(message).toContain('/de/toolkits/missing/');
    expect(message).toContain('content/docs/de/toolkits/missing.mdx');
    expect(message).toContain('404');
    expect(existsSync(join(distDir, 'pdf', 'de', 'toolkits', 'missing.pdf'))).toBe(false);
  });

  it('is sealed by its own flags too: without any route, nothing reaches another port or host', async () => {
    const port = other.port;
    const distDir = await writeSite({
      'index.html': page(
        `<h1>Flags</h1><img src="http://127.0.0.1:${port}/x.png" alt=""><img src="http://localhost:${port}/y.png" alt=""><img src="/dot.svg" alt="">`,
        `<link rel="preconnect" href="http://127.0.0.1:${port}">`,
      ),
      'dot.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>',
    });
    const site = await serveStatic(distDir);
    const browser = await launchSealedChromium(chromiumPath!, site.origin);
    try {
      const tab = await browser.newPage();
      const failed: string[] = [];
      tab.on('requestfailed', (request) => failed.push(request.url()));
      const response = await tab.goto(`${site.origin}/`, { waitUntil: 'load' });
      expect(response?.ok(), 'the site itself still loads').toBe(true);
      expect(await tab.evaluate('document.images[2].naturalWidth')).toBe(4);
      expect(failed.sort()).toEqual([`http://127.0.0.1:${port}/x.png`, `http://localhost:${port}/y.png`]);
      expect(other.heard).toEqual([]);
    } finally {
      await browser.close();
      await site.close();
    }
  });
  it('sends no WebRTC packets to another address, which bypass proxies and routes', async () => {
    const udp = createSocket('udp4');
    const packets: string[] = [];
    udp.on('message', (_message, from) => packets.push(`${from.address}:${from.port}`));
    await new Promise<void>((resolve) => udp.bind(0, '127.0.0.1', resolve));
    const { port } = udp.address();
    const distDir = await writeSite({ 'index.html': page('<h1>WebRTC</h1>') });
    const site = await serveStatic(distDir);
    const browser = await launchSealedChromium(chromiumPath!, site.origin);
    try {
      const context = await browser.newContext();
      await sealPdfContext(context, site.origin, { byPage: new Map(), unattributed: [] });
      const tab = await context.newPage();
      await tab.goto(`${site.origin}/`, { waitUntil: 'load' });
      // What an injected script could do: ask a STUN server for the machine's addresses.
      const outcome = await tab.evaluate(`(async () => {
        try {
          const connection = new RTCPeerConnection({ iceServers: [{ urls: 'stun:127.0.0.1:${port}' }] });
          connection.createDataChannel('x');
          await connection.setLocalDescription(await connection.createOffer());
          return 'connection made';
        } catch (error) {
          return 'refused';
        }
      })()`);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(outcome).toBe('refused');
      expect(packets).toEqual([]);
    } finally {
      await browser.close();
      await site.close();
      udp.close();
    }
  });

  it('is sealed by its routes alone, in a browser without the flags', async () => {
    const port = other.port;
    const urls = [`http://127.0.0.1:${port}/x.png`, `http://localhost:${port}/a.css`, `ws://127.0.0.1:${port}/live`];
    const distDir = await writeSite({
      'index.html': page(`<h1>Routes</h1><img src="${urls[0]}" alt=""><script>new WebSocket(${JSON.stringify(urls[2])});</script>`, `<link rel="stylesheet" href="${urls[1]}">`),
    });
    const site = await serveStatic(distDir);
    // The test browser: the same Chromium, without the PDF browser's network flags.
    const browser = await launchChromium(chromiumPath!);
    try {
      const context = await browser.newContext();
      const attempts: OutsideAttempts = { byPage: new Map(), unattributed: [] };
      await sealPdfContext(context, site.origin, attempts);
      const tab = await context.newPage();
      const response = await tab.goto(`${site.origin}/`, { waitUntil: 'load' });
      expect(response?.ok(), 'the site itself still loads').toBe(true);
      // Pages the renderer does not print itself are not attributed: every attempt lands in `unattributed`.
      await expect.poll(() => [...new Set(attempts.unattributed)].sort()).toEqual([...urls].sort());
      expect(other.heard).toEqual([]);
    } finally {
      await browser.close();
      await site.close();
    }
  });
});
