import type { Country } from '../schemas/country.ts';
import type { CountryTranslation } from '../schemas/country-translation.ts';
import { branches, statuses } from '../schemas/vocab.ts';
import { contentHash } from './content-hash.ts';
import { isoDay } from './dates.ts';

/**
 * The prose of a country file that readers need in their language, by a path that stays the same
 * when the file grows: a cell's conditions and waiting period, a ratification's notes (by
 * convention), the EU coordination notes, what each institution helps with. Legal bases, names
 * and source titles are left out on purpose: they stay in the law's own words.
 */
export function translatableTexts(country: Country): Map<string, string> {
  const texts = new Map<string, string>();
  const add = (path: string, text: string | undefined) => {
    if (text !== undefined) texts.set(path, text);
  };
  for (const status of statuses) {
    for (const branch of branches) {
      const cell = country.access[status][branch];
      add(`access.${status}.${branch}.conditions`, cell.conditions);
      add(`access.${status}.${branch}.waitingPeriod`, cell.waitingPeriod);
    }
  }
  for (const ratification of country.ratifications) add(`ratifications.${ratification.convention}.notes`, ratification.notes);
  add('euCoordination.notes', country.euCoordination.notes);
  country.institutions.forEach((institution, index) => add(`institutions.${index}.helpsWith`, institution.helpsWith));
  for (const change of country.changes) add(changeSummaryPath(change.date), change.summary);
  return texts;
}

/** A change is named by its day: a country file has at most one entry per day. */
export function changeSummaryPath(date: Date): string {
  return `changes.${isoDay(date)}.summary`;
}

export type TextState = 'original' | 'translated' | 'outdated' | 'missing';

/** A text as a reader of one language gets it: the translation when current, else the English. */
export interface ReaderText {
  text: string;
  /** 'original' on English pages; otherwise whether the translation could be used. */
  state: TextState;
}

/**
 * Picks each text for a reader. An outdated translation is not shown: it may describe a rule
 * that has changed, so the reader gets the current English text and a notice instead.
 */
export interface ReaderTexts {
  text(path: string): ReaderText | undefined;
  /** Translated texts are shown that no clinic has checked yet: readers are told so. */
  unreviewedTranslation: boolean;
}

export function readerTexts(country: Country, translation: CountryTranslation | undefined, isDefaultLocale: boolean): ReaderTexts {
  return resolveTexts(translatableTexts(country), translation, isDefaultLocale);
}

/**
 * The same choice for any set of English texts and their translation file (a country's prose, the
 * glossary). Each text is resolved once: a page asks for some of them several times.
 */
export function resolveTexts(english: ReadonlyMap<string, string>, translation: CountryTranslation | undefined, isDefaultLocale: boolean): ReaderTexts {
  const resolved = new Map<string, ReaderText>();
  for (const [path, original] of english) {
    const translated = translation?.texts[path];
    resolved.set(
      path,
      isDefaultLocale
        ? { text: original, state: 'original' }
        : !translated
          ? { text: original, state: 'missing' }
          : translated.sourceHash === contentHash(original)
            ? { text: translated.text, state: 'translated' }
            : { text: original, state: 'outdated' },
    );
  }
  const anyTranslated = [...resolved.values()].some((value) => value.state === 'translated');
  return { text: (path) => resolved.get(path), unreviewedTranslation: anyTranslated && translation?.reviewedBy === undefined };
}

export interface CountryTextStatus {
  total: number;
  translated: number;
  outdated: string[];
  missing: string[];
  /** Keys of the translation file that name no text of the country file. */
  unknown: string[];
}

/** How far one language's translation of one country file is. */
export function countryTextStatus(country: Country, translation: CountryTranslation | undefined): CountryTextStatus {
  return textStatus(translatableTexts(country), translation);
}

/** How far a translation file is, for any set of English texts. */
export function textStatus(texts: ReadonlyMap<string, string>, translation: CountryTranslation | undefined): CountryTextStatus {
  const status: CountryTextStatus = { total: texts.size, translated: 0, outdated: [], missing: [], unknown: [] };
  for (const [path, english] of texts) {
    const translated = translation?.texts[path];
    if (!translated) status.missing.push(path);
    else if (translated.sourceHash !== contentHash(english)) status.outdated.push(path);
    else status.translated += 1;
  }
  status.unknown = Object.keys(translation?.texts ?? {}).filter((path) => !texts.has(path));
  return status;
}
