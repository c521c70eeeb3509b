import { getCollection } from 'astro:content';
import { sortCountries, type CountryRecord } from '../lib/access-matrix.ts';

/** Every country file, by code: what comparisons, downloads and the standards page show. */
export async function loadCountries(): Promise<CountryRecord[]> {
  return sortCountries((await getCollection('countries')).map((entry) => ({ code: entry.id, data: entry.data })));
}
