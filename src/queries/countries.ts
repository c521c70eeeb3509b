import { getCollection, getEntry } from 'astro:content';
import { readerTexts, type ReaderTexts } from '../lib/country-texts.ts';
import { defaultLocale } from '../locales.ts';
import { sortCountries, type CountryRecord } from '../lib/access-matrix.ts';

/** Every country file, by code: what comparisons, downloads and the standards page show. */
export async function loadCountries(): Promise<CountryRecord[]> {
  return sortCountries((await getCollection('countries')).map((entry) => ({ code: entry.id, data: entry.data })));
}

/** The country file a fact sheet is about; a fact sheet cannot be built without it. */
export async function loadCountry(code: string): Promise<CountryRecord> {
  const entry = await getEntry('countries', code);
  if (!entry) throw new Error(`content/countries/${code}.yaml is missing: a fact sheet needs its country file.`);
  return { code, data: entry.data };
}

/**
 * A country's prose as a reader of `locale` gets it: translated where the translation is current,
 * in English otherwise (src/lib/country-texts.ts).
 */
export async function loadReaderTexts(country: CountryRecord, locale: string): Promise<ReaderTexts> {
  const translation = locale === defaultLocale ? undefined : await getEntry('countryTranslations', `${locale}/${country.code}`);
  return readerTexts(country.data, translation?.data, locale === defaultLocale);
}
