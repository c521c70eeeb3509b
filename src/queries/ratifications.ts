import { getCollection } from 'astro:content';
import { sortCountries } from '../lib/access-matrix.ts';
import type { RatificationHolder } from '../lib/open-data.ts';
import { loadCountries } from './countries.ts';

export interface RatificationCountry extends RatificationHolder {
  /** Whether the country has a country file: researched access data and a fact sheet. */
  hasFactSheet: boolean;
}

/**
 * Every country whose ILO ratifications the Atlas states: those with a country file, and those
 * known by their ratifications only (content/ratifications/). Each fact is read from its one file.
 */
export async function loadRatificationCountries(): Promise<RatificationCountry[]> {
  const [countries, others] = await Promise.all([loadCountries(), getCollection('ratifications')]);
  return sortCountries([
    ...countries.map((country) => ({ code: country.code, data: country.data, hasFactSheet: true })),
    ...others.map((entry) => ({
      code: entry.id,
      data: { name: entry.data.name, ratifications: entry.data.ratifications, lastReviewed: entry.data.lastChecked },
      hasFactSheet: false,
    })),
  ]);
}
