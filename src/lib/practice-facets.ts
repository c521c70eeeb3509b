import type { Practice } from '../schemas/practice.ts';
import { localizedPath } from './localized-pages.ts';

/**
 * The good-practice database is filtered by links, not by a script: each value of each facet is a
 * page, `/<lang>/practices/<facet>/<value>/`, and each practice has its own page for search.
 */
export const practiceFacets = ['theme', 'country', 'actor'] as const;
export type PracticeFacet = (typeof practiceFacets)[number];

export const practicesSlug = 'practices';

export function facetValues(practice: Pick<Practice, 'themes' | 'countries' | 'actors'>, facet: PracticeFacet): readonly string[] {
  return facet === 'theme' ? practice.themes : facet === 'country' ? practice.countries : practice.actors;
}

/** Each value with how many practices have it, in first-seen order; callers sort for their reader. */
export function facetCounts(practices: readonly Pick<Practice, 'themes' | 'countries' | 'actors'>[], facet: PracticeFacet): Map<string, number> {
  const counts = new Map<string, number>();
  for (const practice of practices) for (const value of facetValues(practice, facet)) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

export function practicesPath(locale: string, filter?: { facet: PracticeFacet; value: string }): string {
  return localizedPath(locale, [practicesSlug, filter?.facet, filter?.value].filter(Boolean).join('/'));
}

export function practicePath(locale: string, id: string): string {
  return localizedPath(locale, `${practicesSlug}/${id}`);
}
