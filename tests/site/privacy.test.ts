import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, distDir, readPage } from '../support/dist.ts';
import { useServedSite } from '../support/served-site.ts';
import { pageKinds } from '../support/page-kinds.ts';
import { contentSecurityPolicy } from '../../src/lib/csp.ts';

const pagesToVisit = ['/', '/404.html', ...['en', 'ar', 'zh'].flatMap((locale) => Object.values(pageKinds(locale)))];

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
      const stored = (await page.evaluate('[...Object.keys(localStorage), ...Object.keys(sessionStorage)]')) as string[];
      const cookies = await context.cookies();
      await context.close();
      expect(foreign, path).toEqual([]);
      expect(problems, path).toEqual([]);
      expect(cookies, path).toEqual([]);
      // Nothing is remembered on the reader's device: the theme follows the device's own setting.
      expect(stored, path).toEqual([]);
    }
  });
});

describe('headers for hosts that read them', () => {
  it('send the same policy, allowing every inline script of the site, and no referrer', async () => {
    const headers = readFileSync(join(distDir, '_headers'), 'utf8');
    expect(headers).toMatch(/^\/\*\n  Content-Security-Policy: default-src 'self'; /);
    expect(headers).toContain('Referrer-Policy: no-referrer');
    for (const path of (await builtPages()).slice(0, 50)) {
      for (const hash of (await readPage(path)).match(/'sha256-[^']+'/g) ?? []) expect(headers, path).toContain(hash);
    }
    expect(existsSync(join(distDir, '_headers'))).toBe(true);
  });

  it('tell every page to send no referrer to other websites', async () => {
    for (const path of await builtPages()) expect(await readPage(path), path).toContain('<meta name="referrer" content="no-referrer"');
  });
});
