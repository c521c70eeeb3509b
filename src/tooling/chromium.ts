import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/**
 * The system Chromium, for PDFs and browser tests: CHROME_PATH, or Debian's /usr/bin/chromium.
 * Browsers that test tools download are not used: they need a network this project avoids.
 */
export function findChromium(): string | undefined {
  return [process.env['CHROME_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
    (path): path is string => path !== undefined && path !== '' && existsSync(path),
  );
}

/** The background-networking flags stop Chromium calling its own services: only the site is loaded. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
] as const;

export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, headless: true, args: [...chromiumArgs] });
}

/**
 * Flags that seal the PDF browser at the network level, beneath the request routes of
 * src/lib/pdf/render-pdfs.ts, for what routes never see (a preconnect, a DNS prefetch, a request
 * Chromium makes for itself). Every host name but the site's resolves to nothing, so no DNS query
 * leaves. Every connection but the one to the site's host and port goes to a proxy on port 0,
 * where nothing can listen; `<-loopback>` removes Chromium's built-in proxy bypass for
 * 127.0.0.1, so other local ports are refused too.
 */
export function sealedChromiumArgs(siteOrigin: string): string[] {
  const { hostname, host } = new URL(siteOrigin);
  return [
    `--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE ${hostname}`,
    '--proxy-server=http://127.0.0.1:0',
    `--proxy-bypass-list=<-loopback>;${host}`,
  ];
}

/** The PDF browser: Chromium that can reach only the built site at `siteOrigin`. */
export function launchSealedChromium(executablePath: string, siteOrigin: string): Promise<Browser> {
  return chromium.launch({ executablePath, headless: true, args: [...chromiumArgs, ...sealedChromiumArgs(siteOrigin)] });
}
