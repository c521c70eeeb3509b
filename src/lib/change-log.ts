import type { CountryChange, PageChange } from '../schemas/change.ts';
import { branches, conventions, statuses, type Branch, type Status } from '../schemas/vocab.ts';
import { changeSummaryPath, type ReaderTexts } from './country-texts.ts';
import { isoDay } from './dates.ts';

/**
 * "What changed", as readers get it: the entries of country files and of reviewed pages, in one
 * list, newest first, each with its summary in the reader's language where it is translated.
 */
export interface ChangeItem {
  date: Date;
  /** The country the change is about: the country file's, or the page's `country`. */
  country: string | undefined;
  /** Set for a page's change: the page, in the reader's language or its English fallback. */
  page: { slug: string; title: string; isFallback: boolean } | undefined;
  summary: string;
  /** True when the summary is the English original on a page in another language. */
  summaryInEnglish: boolean;
  affects: readonly string[];
}

/** An anchor per item, stable across builds: its source and its day. */
export function changeAnchor(item: Pick<ChangeItem, 'date' | 'country' | 'page'>): string {
  const source = item.page ? item.page.slug.replaceAll('/', '-') : item.country ?? 'site';
  return `change-${source}-${isoDay(item.date)}`;
}

export function countryChangeItems(code: string, changes: readonly CountryChange[], texts: ReaderTexts): ChangeItem[] {
  return changes.map((change) => {
    const text = texts.text(changeSummaryPath(change.date));
    return {
      date: change.date,
      country: code,
      page: undefined,
      summary: text?.text ?? change.summary,
      summaryInEnglish: text === undefined || text.state === 'missing' || text.state === 'outdated',
      affects: change.affects,
    };
  });
}

export function pageChangeItems(page: { slug: string; title: string; isFallback: boolean; country: string | undefined }, changes: readonly PageChange[]): ChangeItem[] {
  return changes.map((change) => ({
    date: change.date,
    country: page.country,
    page: { slug: page.slug, title: page.title, isFallback: page.isFallback },
    summary: change.summary,
    summaryInEnglish: page.isFallback,
    affects: change.affects,
  }));
}

/** Newest first; on one day, country files before pages, then by name, so the order is stable. */
export function sortChanges(items: readonly ChangeItem[]): ChangeItem[] {
  const key = (item: ChangeItem) => `${item.page ? 1 : 0}:${item.country ?? ''}:${item.page?.slug ?? ''}`;
  return [...items].sort((a, b) => b.date.getTime() - a.date.getTime() || key(a).localeCompare(key(b)));
}

/** What a change touches, grouped for reading: "Refugee: medical care, unemployment benefit". */
export interface AffectedFacts {
  /** Per status, the branches named, or 'all' for the whole status; in the vocabulary's order. */
  statuses: { status: Status; branches: Branch[] | 'all' }[];
  conventions: string[];
  euCoordination: boolean;
  institutions: boolean;
  sources: boolean;
}

export function affectedFacts(affects: readonly string[]): AffectedFacts {
  const named = new Set(affects);
  return {
    statuses: statuses.flatMap((status): AffectedFacts['statuses'] => {
      if (named.has(`access.${status}`)) return [{ status, branches: 'all' }];
      const list = branches.filter((branch) => named.has(`access.${status}.${branch}`));
      return list.length > 0 ? [{ status, branches: list }] : [];
    }),
    conventions: conventions.filter((convention) => named.has(`ratifications.${convention}`)),
    euCoordination: named.has('euCoordination'),
    institutions: named.has('institutions'),
    sources: named.has('sources'),
  };
}

/** Label lookup in the reader's language: the site's `t`, narrowed to what a change names. */
export type ChangeLabel = (key: `status.${Status}` | `branch.${Branch}` | 'changes.affects' | 'changes.allBranches' | 'factsheet.eu.heading' | 'factsheet.institutions.heading' | 'review.sources') => string;

/** What a change affects, as one line of plain text, as a feed reader shows it. */
export function affectsText(affects: readonly string[], label: ChangeLabel, lang: string): string | undefined {
  const facts = affectedFacts(affects);
  const list = new Intl.ListFormat(lang, { type: 'conjunction' });
  const parts = [
    ...facts.statuses.map(({ status, branches: named }) => `${label(`status.${status}`)}${labelSeparator(lang)}${named === 'all' ? label('changes.allBranches') : list.format(named.map((branch) => label(`branch.${branch}`)))}`),
    ...facts.conventions,
    ...(facts.euCoordination ? [label('factsheet.eu.heading')] : []),
    ...(facts.institutions ? [label('factsheet.institutions.heading')] : []),
    ...(facts.sources ? [label('review.sources')] : []),
  ];
  return parts.length > 0 ? `${label('changes.affects')} ${parts.join(groupSeparator(lang))}` : undefined;
}

/** Between a status and its branches: the colon of the reader's script. */
export function labelSeparator(lang: string): string {
  return lang.startsWith('zh') || lang.startsWith('ja') ? '：' : ': ';
}

/** Between groups that hold commas themselves: the semicolon of the reader's script. */
function groupSeparator(lang: string): string {
  if (lang.startsWith('ar') || lang.startsWith('fa')) return '؛ ';
  if (lang.startsWith('zh') || lang.startsWith('ja')) return '；';
  return '; ';
}
