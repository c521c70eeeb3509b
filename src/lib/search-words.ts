/**
 * Words as a reader types them and as Pagefind indexes them, made to meet.
 *
 * Pagefind splits a word at ASCII punctuation only, so "d'asile" is found by "asile" but
 * "d’asile", with the typographic apostrophe that French and Italian texts use, is indexed as one
 * word, "dasile", and "asile" misses it (upstream: Pagefind's get_discrete_words replaces
 * `is_ascii_punctuation` only). The page keeps its typography; a hidden word break is put after
 * each elision before indexing (src/lib/clitic-breaks.ts), and a query's elided forms are reduced
 * to the bare word before searching.
 *
 * Arabic: Pagefind's stemmer removes the article and a single attached letter ("بطبيب" finds
 * "طبيب"), but not both together: "والعمل" and "بالضمان" are indexed whole. Those get the same
 * hidden break and the same reduction. The tatweel is removed from queries.
 */

/** Apostrophes people type: ASCII, typographic (’), the modifier letter (ʼ), and the prime (′). */
const apostrophes = "'’ʼ′";

/**
 * The elided words of each language, before an apostrophe. Only languages that elide; Spanish
 * and English do not need it. Keyed by the language subtag of the page's `lang`.
 */
export const elisions: Readonly<Record<string, readonly string[]>> = {
  fr: ['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu'],
  it: ['l', 'd', 'un', 'dell', 'all', 'dall', 'nell', 'sull', 'coll', 'quest', 'quell', 'c', 'tutt', 'sant'],
  pt: ['d', 'n', 'l'],
  ca: ['l', 'd', 'n', 's', 'm', 't'],
};

function languageOf(lang: string): string {
  return lang.toLowerCase().split('-')[0] ?? '';
}

/** A clitic as two regular-expression sources: the attached part, and what must follow it. */
interface Clitic {
  attached: string;
  before: string;
  flags: string;
}

function elisionClitic(prefixes: readonly string[]): Clitic {
  // Longest first, so "qu" is not taken for a bare "q" and "dell" wins over "d".
  const alternatives = [...prefixes].sort((a, b) => b.length - a.length).join('|');
  return { attached: `(?<![\\p{L}\\p{N}])(?:${alternatives})[${apostrophes}]`, before: '\\p{L}', flags: 'giu' };
}

/**
 * Arabic writes "and", "so", "with" and "like" (و ف ب ك) onto the word, and the stemmer removes
 * them, except in front of the article: "والعمل" and "بالضمان" stay whole, so "العمل" misses
 * them. Only before the article, with at least three letters after it (so "بالغ", adult, stays),
 * and never in "والد" and its forms (parent), where the letters belong to the word.
 */
const arabicClitic: Clitic = {
  attached: '(?<![\\p{L}\\p{M}])[وفبك]',
  before: 'ال(?!د(?:ة|ه|ين|ان|ي|ا)?(?![\\p{L}\\p{M}]))[\\p{L}\\p{M}]{3,}',
  flags: 'gu',
};

const clitics = new Map<string, Clitic>([
  ...Object.entries(elisions).map(([lang, prefixes]) => [lang, elisionClitic(prefixes)] as const),
  ['ar', arabicClitic],
]);

/**
 * What is attached to the front of a word and hides it from the index, for a language: an
 * elided article with its apostrophe ("d’" in "d’asile"), or an Arabic clitic before the article
 * ("و" in "والعمل"). Global; undefined for languages without.
 */
export function cliticPattern(lang: string): RegExp | undefined {
  const clitic = clitics.get(languageOf(lang));
  return clitic && new RegExp(`${clitic.attached}(?=${clitic.before})`, clitic.flags);
}

/**
 * Pagefind's result titles and excerpts show the hidden break of src/lib/clitic-breaks.ts as a
 * space ("d’ asile", "و العمل"), possibly with the match highlighted after it; this joins them again.
 */
export function withoutCliticBreaks(html: string, lang: string): string {
  const clitic = clitics.get(languageOf(lang));
  if (!clitic) return html;
  return html.replace(new RegExp(`(${clitic.attached}) (?=(?:<mark>)?${clitic.before})`, clitic.flags), '$1');
}

/** The text with each such attachment removed: "d’asile" → "asile", "والعمل" → "العمل". */
export function withoutClitics(text: string, lang: string): string {
  const pattern = cliticPattern(lang);
  return pattern ? text.replace(pattern, '') : text;
}

/**
 * Articles and the most common small words, per language. Pagefind finds a page only if it has
 * every word of the query and ranks by each; "a" or "the" is on every page and only blurs the
 * ranking ("a segurança social" put three fact sheets before the guide). They are dropped from
 * a query that has other words.
 */
export const functionWords: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(['the', 'a', 'an', 'of', 'in', 'for', 'to', 'and', 'my']),
  fr: new Set(['le', 'la', 'les', 'un', 'une', 'des', 'du', 'de', 'en', 'et', 'pour', 'au', 'aux', 'mon', 'ma', 'mes']),
  es: new Set(['el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'de', 'del', 'en', 'y', 'para', 'al', 'mi', 'mis']),
  pt: new Set(['o', 'a', 'os', 'as', 'um', 'uma', 'de', 'do', 'da', 'dos', 'das', 'em', 'no', 'na', 'e', 'para', 'meu', 'minha']),
  it: new Set(['il', 'lo', 'la', 'i', 'gli', 'le', 'un', 'una', 'di', 'del', 'della', 'in', 'e', 'per']),
  ru: new Set(['в', 'на', 'и', 'для', 'по', 'с', 'о', 'мой', 'моя']),
  ar: new Set(['في', 'من', 'إلى', 'الى', 'على', 'عن', 'و']),
};

/** The tatweel stretches a letter for show; some keyboards and copied titles carry it. */
const tatweel = /\u0640/g;

/**
 * A reader's query, made to match the index: elisions and Arabic clitics before the article
 * removed, Arabic tatweel dropped, articles
 * and small words dropped when other words remain, runs of space collapsed. Passed to Pagefind's `processTerm`, and
 * used by the search-quality test, so both search with the same words.
 */
export function searchQuery(query: string, lang: string): string {
  let text = query.normalize('NFC');
  text = withoutClitics(text, lang);
  if (languageOf(lang) === 'ar') text = text.replace(tatweel, '');
  const words = text.split(/\s+/u).filter(Boolean);
  const small = functionWords[languageOf(lang)];
  const meaningful = small ? words.filter((word) => !small.has(word.toLocaleLowerCase(lang))) : words;
  return (meaningful.length > 0 ? meaningful : words).join(' ');
}

/** Languages written without spaces between words, which Pagefind segments in the body and the query. */
const unspaced = new Set(['zh', 'ja', 'th', 'km', 'lo', 'my']);

/**
 * Keywords as Pagefind can match them. Pagefind splits metadata at spaces only, while it cuts a
 * Chinese query into words (with Intl.Segmenter): "社保转移" typed would look for "社保" and
 * "转移" and never meet the keyword "社保转移". So keywords in such languages are cut into words
 * the same way, at build time: "社保 转移".
 */
export function searchableKeywords(keywords: readonly string[], lang: string): string {
  if (!unspaced.has(languageOf(lang))) return keywords.join(', ');
  const segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
  return keywords
    .map((keyword) => [...segmenter.segment(keyword)].filter((part) => part.isWordLike).map((part) => part.segment).join(' '))
    .join(', ');
}
