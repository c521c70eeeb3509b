import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { LinkChecker, LinkState } from 'linkinator';
import { assertBuilt, distDir } from '../support/dist.ts';
import { serveStatic, type StaticSite } from '../../src/tooling/static-server.ts';
import { localeCodes } from '../../src/locales.ts';

/** The `site` the build wrote into canonical and hreflang links (astro.config.mjs). */
const builtSiteUrl = process.env['SITE_URL'] ?? 'http://localhost:4321';

describe('links in the built site', () => {
  let site: StaticSite;
  beforeAll(async () => {
    assertBuilt();
    site = await serveStatic(distDir);
  });
  afterAll(() => site?.close());

  it('has no broken link between its pages, in any locale', async () => {
    const checker = new LinkChecker();
    const result = await checker.check({
      path: `${site.origin}/`,
      recurse: true,
      concurrency: 16,
      checkFragments: true,
      // Canonical and hreflang links carry the public address: point them here, so every
      // locale is crawled from the chooser.
      urlRewriteExpressions: [{ pattern: new RegExp(`^${escapeRegExp(builtSiteUrl)}`), replacement: site.origin }],
      // Sources on other sites cannot be reached from CI; their form is checked by the schemas.
      linksToSkip: async (link) => !link.startsWith(site.origin),
    });
    const broken = result.links
      .filter((link) => link.state === LinkState.BROKEN)
      .map((link) => `${link.url} (status ${link.status}) on ${link.parent}`);
    expect(broken).toEqual([]);
    const crawled = result.links.filter((link) => link.state === LinkState.OK).map((link) => link.url);
    for (const locale of localeCodes) {
      expect(crawled.some((url) => url.startsWith(`${site.origin}/${locale}/`)), `pages of ${locale} crawled`).toBe(true);
    }
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
