import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import sitemap from '@astrojs/sitemap';
import { defaultLocale, localeCodes, locales } from '../locales.ts';

/**
 * The sitemap of a site joined from shards (src/tooling/merge-shards.ts), written by the same
 * integration and configuration Starlight uses in a full build (@astrojs/sitemap with each
 * language's code), so both give the same file. Each shard's own sitemap knows only its
 * languages, and lists no other language's version of a page.
 */
export async function writeJoinedSitemap(root: string, site: string, htmlPages: readonly string[], log: (message: string) => void): Promise<void> {
  const integration = sitemap({ i18n: { defaultLocale, locales: Object.fromEntries(localeCodes.map((code) => [code, locales[code].lang])) } });
  const logger = { info: log, warn: log, error: log, debug: () => undefined, fork: () => logger, label: 'sitemap', options: {} } as unknown as AstroIntegrationLogger;
  const pages = htmlPages.map((page) => ({ pathname: page === 'index.html' ? '' : page.replace(/index\.html$/, '').replace(/\.html$/, '') }));
  const hooks = integration.hooks as Record<string, (options: unknown) => Promise<void> | void>;
  await hooks['astro:routes:resolved']?.({ routes: [], logger });
  await hooks['astro:config:done']?.({ config: { site, base: '/', trailingSlash: 'always', build: { format: 'directory' } }, logger });
  await hooks['astro:build:done']?.({ dir: pathToFileURL(`${root}/`), pages, logger });
}
