import { localizedPath } from './localized-pages.ts';

/**
 * The names of the offline packs' caches and files, shared by the build (offline-packs.ts) and the
 * reader's browser (src/scripts/), which must not load the build's HTML parser.
 */
/** Every pack is its own cache, so one can be removed without touching the others. */
export const packCachePrefix = 'atlas-pack-';

export interface PackManifest {
  id: string;
  locale: string;
  country: string;
  /** The pages first, then what they load, then their PDFs and the search index: same-origin paths. */
  urls: string[];
  /** What saving costs: the sum of the files' sizes as served, uncompressed. */
  bytes: number;
}

export function packId(locale: string, country: string): string {
  return `${locale}-${country}`;
}

export function packManifestPath(id: string): string {
  return `/offline/${id}.json`;
}

/** The ZIP of a country's PDFs in one language, to pass from phone to phone. */
export function packZipPath(id: string): string {
  return `/offline/${id}-pdfs.zip`;
}

/** The page shown for an unsaved page without a network, in each language. */
export function offlinePagePath(locale: string): string {
  return localizedPath(locale, 'offline');
}

export function savedPacksPath(locale: string): string {
  return localizedPath(locale, 'offline/saved');
}

