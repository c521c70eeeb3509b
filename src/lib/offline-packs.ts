import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import type { Status } from '../schemas/vocab.ts';
import { localizedPath } from './localized-pages.ts';
import { rightsPath } from './rights.ts';
import { offlinePagePath, savedPacksPath } from './offline-names.ts';

export * from './offline-names.ts';

/**
 * Offline country packs: what a reader keeps in their pocket for one country, in their language.
 * Built once per language and country (src/tooling/offline-packs.ts) as a manifest of
 * same-origin addresses; the reader's browser stores them only when they press "Save for offline"
 * (src/scripts/offline-save.ts), and the service worker (src/service-worker/sw.ts) serves them
 * when the network is gone.
 */

export interface GuideLike {
  slug: string;
  country: string | undefined;
}

/**
 * The pages of a pack: the country's fact sheet and rights answers (with the navigator's steps to
 * reach them), the guides about that country and the general ones, and the offline pages.
 */
export function packPages(locale: string, country: string, guides: readonly GuideLike[], statuses: readonly Status[]): string[] {
  return [
    localizedPath(locale, ''),
    localizedPath(locale, `countries/${country}`),
    rightsPath(locale),
    ...statuses.flatMap((status) => [rightsPath(locale, { status }), rightsPath(locale, { status, country })]),
    ...guides.filter((guide) => guide.country === undefined || guide.country === country).map((guide) => localizedPath(locale, guide.slug)),
    offlinePagePath(locale),
    savedPacksPath(locale),
  ];
}

/**
 * What a built page loads or offers to download from this site: stylesheets, scripts, icons,
 * images and PDFs. Parsed, not matched with patterns; other hosts and page links are left out.
 */
export function pageResources(html: string): string[] {
  const tree = fromHtml(html);
  const addresses = [
    ...selectAll('link[href]', tree)
      .filter((link) => {
        const rel = ([] as unknown[]).concat(link.properties['rel'] ?? []).map(String);
        return rel.includes('stylesheet') || rel.includes('icon') || rel.includes('modulepreload');
      })
      .map((link) => String(link.properties['href'])),
    ...selectAll('script[src]', tree).map((script) => String(script.properties['src'])),
    ...selectAll('img[src]', tree).map((image) => String(image.properties['src'])),
    ...selectAll('a[href]', tree)
      .map((link) => String(link.properties['href']))
      .filter((href) => /\.pdf$/i.test(href.split(/[?#]/)[0] ?? '')),
  ];
  return [...new Set(addresses.filter(isSameOriginPath).map((address) => address.split('#')[0]!))];
}

function isSameOriginPath(address: string): boolean {
  return address.startsWith('/') && !address.startsWith('//');
}

/**
 * Pagefind's files for one language: its loader, its WebAssembly, and the index, filters and
 * fragments of that language only (Pagefind names them `<lang>_<hash>`). `files` are paths under
 * the site root such as `pagefind/index/ar_1a2b.pf_index`.
 */
export function pagefindFiles(files: readonly string[], lang: string): string[] {
  const key = lang.toLowerCase();
  return files
    .filter((file) => {
      if (!file.startsWith('pagefind/')) return false;
      const name = file.split('/').pop() ?? '';
      if (/^pagefind(-ui)?\.(js|css)$|^pagefind-entry\.json$|^pagefind-(highlight|modular-ui|component-ui)\.(js|css)$/.test(name)) return true;
      if (/^wasm\.(unknown|[a-z-]+)\.pagefind$/.test(name)) return name === `wasm.${key}.pagefind` || name === 'wasm.unknown.pagefind';
      return name.startsWith(`${key}_`) || name.startsWith(`pagefind.${key}_`);
    })
    .map((file) => `/${file}`);
}
