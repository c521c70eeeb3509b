import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { assertBuilt, distDir } from './dist.ts';
import { serveStatic, type StaticSite } from '../../src/tooling/static-server.ts';
import { launchBrowser } from './browser.ts';

export interface ServedSite {
  readonly origin: string;
  readonly browser: Browser;
}

/**
 * For the tests of a describe block: the built site served on 127.0.0.1 and one Chromium,
 * both started before the tests and stopped after them.
 */
export function useServedSite(): ServedSite {
  let site: StaticSite | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    assertBuilt();
    site = await serveStatic(distDir);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return {
    get origin() {
      if (!site) throw new Error('The site is served only while the tests run.');
      return site.origin;
    },
    get browser() {
      if (!browser) throw new Error('The browser runs only while the tests run.');
      return browser;
    },
  };
}
