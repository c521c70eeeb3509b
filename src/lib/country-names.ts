/**
 * A country's name in the reader's language, from the ICU data every browser and Node carry,
 * so no translator has to maintain a list of country names.
 */
export function countryName(code: string, lang: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' }).of(code.toUpperCase()) ?? code.toUpperCase();
  } catch {
    return code.toUpperCase();
  }
}
