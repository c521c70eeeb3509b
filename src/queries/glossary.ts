import { getCollection, getEntry } from 'astro:content';
import { defaultLocale, type Locale } from '../locales.ts';
import { glossaryTexts, type GlossaryTerm } from '../schemas/glossary.ts';
import { resolveTexts, type ReaderText } from '../lib/country-texts.ts';

export interface ReaderTerm {
  id: string;
  term: ReaderText;
  definition: ReaderText;
  source: GlossaryTerm['source'];
  related: string[];
}

/**
 * The glossary as a reader of `locale` gets it: each term and definition translated where the
 * translation is current, in English otherwise; sources as the law names them.
 */
export async function loadGlossary(locale: Locale): Promise<{ terms: ReaderTerm[]; unreviewedTranslation: boolean }> {
  const glossary = await getEntry('glossary', 'terms');
  if (!glossary) return { terms: [], unreviewedTranslation: false };
  const translation = locale === defaultLocale ? undefined : (await getCollection('glossaryTranslations')).find((entry) => entry.id === locale);
  const texts = resolveTexts(glossaryTexts(glossary.data), translation?.data, locale === defaultLocale);
  const terms = glossary.data.terms.map((term) => ({
    id: term.id,
    term: texts.text(`${term.id}.term`)!,
    definition: texts.text(`${term.id}.definition`)!,
    source: term.source,
    related: term.related,
  }));
  return { terms, unreviewedTranslation: texts.unreviewedTranslation };
}
