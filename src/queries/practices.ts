import { getCollection, getEntry } from 'astro:content';
import { defaultLocale, type Locale } from '../locales.ts';
import { practiceTexts, type Practice } from '../schemas/practice.ts';
import { resolveTexts, type ReaderText } from '../lib/country-texts.ts';

export interface ReaderPractice {
  id: string;
  data: Practice;
  title: ReaderText;
  summary: ReaderText;
  achieved: ReaderText;
}

/**
 * The good practices as a reader of `locale` gets them: title, summary and result translated where
 * the translation is current, in English otherwise; names and sources as the sources give them.
 */
export async function loadPractices(locale: Locale): Promise<{ practices: ReaderPractice[]; unreviewedTranslation: boolean }> {
  const entries = await getCollection('practices');
  const translation = locale === defaultLocale ? undefined : (await getCollection('practiceTranslations')).find((entry) => entry.id === locale);
  const texts = resolveTexts(new Map(entries.flatMap((entry) => practiceTexts(entry.id, entry.data))), translation?.data, locale === defaultLocale);
  const practices = entries.map((entry) => ({
    id: entry.id,
    data: entry.data,
    title: texts.text(`${entry.id}.title`)!,
    summary: texts.text(`${entry.id}.summary`)!,
    achieved: texts.text(`${entry.id}.achieved`)!,
  }));
  return { practices, unreviewedTranslation: texts.unreviewedTranslation };
}
