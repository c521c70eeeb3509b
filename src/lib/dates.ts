/** Dates in content are calendar days (UTC midnight); format them without shifting a day. */
export function formatDate(date: Date, lang: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** `YYYY-MM-DD`, for `<time datetime>` and data exports. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
