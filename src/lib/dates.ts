/** Building an Intl formatter is costly; a page formats many dates in one language. */
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Dates in content are calendar days (UTC midnight); format them without shifting a day. */
export function formatDate(date: Date, lang: string): string {
  let formatter = formatters.get(lang);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
    formatters.set(lang, formatter);
  }
  return formatter.format(date);
}

/** `YYYY-MM-DD`, for `<time datetime>` and data exports. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
