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
