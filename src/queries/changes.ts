import { getCollection } from 'astro:content';
import { localeCodes, type Locale } from '../locales.ts';
import { isReviewedPage } from '../schemas/page.ts';
import { localizedPages } from '../lib/localized-pages.ts';
import { countryChangeItems, pageChangeItems, sortChanges, type ChangeItem } from '../lib/change-log.ts';
import { loadCountries, loadReaderTexts } from './countries.ts';

/**
 * Every change a reader of `locale` can follow, newest first: the country files' entries, in that
 * language where translated, and the entries of the reviewed pages (the translation's own, or the
 * English page's where there is no translation). With `country`, only what concerns it.
 */
export async function loadChanges(locale: Locale, country?: string): Promise<ChangeItem[]> {
  const countries = (await loadCountries()).filter((record) => country === undefined || record.code === country);
  const fromCountries = await Promise.all(
    countries.map(async (record) => countryChangeItems(record.code, record.data.changes, await loadReaderTexts(record, locale))),
  );
  const pages = localizedPages(await getCollection('docs'), locale, localeCodes, (data) => isReviewedPage(data) && (country === undefined || data.country === country));
  const fromPages = pages.flatMap(({ slug, entry, isFallback }) => {
    const data = entry.data;
    if (!isReviewedPage(data)) return [];
    return pageChangeItems({ slug, title: data.title, isFallback, country: data.country }, data.changes);
  });
  return sortChanges([...fromCountries.flat(), ...fromPages]);
}
