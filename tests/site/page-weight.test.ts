import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage } from '../support/dist.ts';
import { useServedSite } from '../support/served-site.ts';
import { siteSections } from '../../src/lib/site-sections.ts';

/** Budget for a guide page on first view: HTML, CSS and JS as transferred (compressed). */
const firstViewBudget = 30 * 1024;

async function aGuideSlug(): Promise<string> {
  const files = await readdir(join(import.meta.dirname, '..', '..', 'content', 'docs', 'en', 'guides'));
  const file = files.filter((f) => /\.mdx?$/.test(f)).sort()[0];
  if (!file) throw new Error('There is no English guide to measure.');
  return `guides/${file.replace(/\.mdx?$/, '')}`;
}

describe('page weight', () => {
  const served = useServedSite();

  it(`keeps a guide page within ${firstViewBudget / 1024} KB transferred on first view`, async () => {
    const slug = await aGuideSlug();
    for (const locale of ['en', 'ar', 'zh']) {
      const context = await served.browser.newContext();
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      const types = new Map<string, string>();
      let bytes = 0;
      const counted: string[] = [];
      cdp.on('Network.responseReceived', (event) => types.set(event.requestId, `${event.type} ${event.response.url}`));
      cdp.on('Network.loadingFinished', (event) => {
        const what = types.get(event.requestId) ?? '';
        if (/^(Document|Stylesheet|Script) /.test(what)) {
          bytes += event.encodedDataLength;
          counted.push(`${what} ${event.encodedDataLength}`);
        }
      });
      await page.goto(`${served.origin}/${locale}/${slug}/`, { waitUntil: 'networkidle' });
      await context.close();
      expect(counted.length, 'resources were measured').toBeGreaterThan(0);
      expect(bytes, `${locale}/${slug}:\n${counted.join('\n')}`).toBeLessThanOrEqual(firstViewBudget);
    }
  });

  it('lists sections, not every page, in the navigation, so pages stay the same size as the site grows', async () => {
    const html = await readPage(`en/${await aGuideSlug()}/index.html`);
    const nav = /<ul class="site-nav[^"]*">([\s\S]*?)<\/ul>/.exec(html)?.[1];
    expect(nav, 'the section navigation is on the page').toBeDefined();
    expect(nav!.match(/<a /g)?.length).toBe(siteSections.length);
  });
});
