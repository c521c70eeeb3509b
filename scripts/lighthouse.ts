/**
 * `npm run lighthouse`: Lighthouse (performance, accessibility, best practices, SEO) on one page
 * of each kind in English and Arabic, with the system Chromium, on the built site served on
 * 127.0.0.1. Run `npm run build` first. It reports; it does not fail on a score.
 */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium, chromiumArgs } from '../src/tooling/chromium.ts';
import { serveStatic } from '../src/tooling/static-server.ts';

const distDir = join(process.cwd(), 'dist');
if (!existsSync(join(distDir, 'index.html'))) {
  console.error('There is no built site: run `npm run build` first.');
  process.exit(1);
}
const chromePath = findChromium();
if (!chromePath) {
  console.error('Chromium was not found. Install it (Debian or Ubuntu: apt-get install chromium) or set CHROME_PATH.');
  process.exit(1);
}

const kinds = (locale: string) => ({
  home: `/${locale}/`,
  guide: `/${locale}/guides/health-care-asylum-seekers/`,
  toolkit: `/${locale}/toolkits/intake-checklist/`,
  'fact sheet': `/${locale}/countries/it/`,
  compare: `/${locale}/compare/status/refugee/`,
});
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const site = await serveStatic(distDir);
const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...chromiumArgs] });
try {
  const rows: string[] = [`| page | ${categories.join(' | ')} |`, `| --- | ${categories.map(() => '---').join(' | ')} |`];
  for (const locale of ['en', 'ar']) {
    for (const [kind, path] of Object.entries(kinds(locale))) {
      const result = await lighthouse(`${site.origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
      const scores = categories.map((category) => Math.round((result?.lhr.categories[category]?.score ?? 0) * 100));
      rows.push(`| ${locale} ${kind} | ${scores.join(' | ')} |`);
      console.error(`${locale} ${kind}: ${scores.join(', ')}`);
    }
  }
  console.log(`\nLighthouse scores (mobile, simulated throttling):\n\n${rows.join('\n')}`);
} finally {
  chrome.kill();
  await site.close();
}
