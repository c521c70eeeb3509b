import { describe, expect, it } from 'vitest';
import { builtPages, readPage } from '../support/dist.ts';
import { useServedSite } from '../support/served-site.ts';
import { contentSecurityPolicy } from '../../src/lib/csp.ts';

/** One page of each kind, in a left-to-right and a right-to-left language and in Chinese. */
const pagesToVisit = ['/', '/404.html'].concat(
  ...['en', 'ar', 'zh'].map((l) => [`/${l}/`, `/${l}/guides/`, `/${l}/guides/health-care-asylum-seekers/`, `/${l}/toolkits/intake-checklist/`, `/${l}/countries/it/`, `/${l}/about/`]),
);

describe('privacy', () => {
  const served = useServedSite();

  it('gives every page a policy that allows only this site and matches its inline scripts', async () => {
    for (const path of await builtPages()) {
      const html = await readPage(path);
      const policies = [...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/gi)].map((m) => m[1]);
      expect(policies, path).toHaveLength(1);
      const withoutMeta = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/i, '');
      expect(policies[0], path).toBe(contentSecurityPolicy(withoutMeta));
    }
  });

  it('requests nothing from another host and breaks no rule of its own policy', async () => {
    for (const path of pagesToVisit) {
      const context = await served.browser.newContext();
      const page = await context.newPage();
      const foreign: string[] = [];
      const problems: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (!['http:', 'https:'].includes(url.protocol)) return;
        if (url.origin !== served.origin) foreign.push(request.url());
      });
      page.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(String(error)));
      await page.goto(`${served.origin}${path}`, { waitUntil: 'networkidle' });
      await context.close();
      expect(foreign, path).toEqual([]);
      expect(problems, path).toEqual([]);
    }
  });
});
