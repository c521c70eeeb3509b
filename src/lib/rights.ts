import type { Status } from '../schemas/vocab.ts';
import { localizedPath } from './localized-pages.ts';

/**
 * The rights navigator: `/<lang>/rights/` (what is your situation?), `/<lang>/rights/<status>/`
 * (which country are you in?) and `/<lang>/rights/<country>/<status>/` (what you can get).
 */
export const rightsSlug = 'rights';

export function rightsPath(locale: string, place: { status?: Status; country?: string } = {}): string {
  const parts = [rightsSlug, place.country, place.status].filter(Boolean);
  return localizedPath(locale, parts.join('/'));
}

interface PageAbout {
  kind?: string | undefined;
  statuses?: readonly string[] | undefined;
  country?: string | undefined;
}

/**
 * Guides and toolkits for a person in a situation and a country: those about the status, written
 * for every country or for that one.
 */
export function isAboutSituation(page: PageAbout, status: Status, country: string): boolean {
  return (
    (page.kind === 'guide' || page.kind === 'toolkit') &&
    (page.statuses ?? []).includes(status) &&
    (page.country === undefined || page.country === country)
  );
}
