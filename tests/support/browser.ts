import type { Browser } from 'playwright-core';
import { findChromium, launchChromium } from '../../src/tooling/chromium.ts';

export async function launchBrowser(): Promise<Browser> {
  const path = findChromium();
  if (!path) throw new Error('Chromium was not found. Install it (Debian: apt-get install chromium) or set CHROME_PATH to its path.');
  return launchChromium(path);
}
