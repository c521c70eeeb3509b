const displayNames = new Map<string, Intl.DisplayNames>();

/**
 * A country's name in the reader's language, from the ICU data every browser and Node carry,
 * so no translator has to maintain a list of country names.
 */
export function countryName(code: string, lang: string): string {
  try {
    let names = displayNames.get(lang);
    if (!names) {
      names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' });
      displayNames.set(lang, names);
    }
    return names.of(code.toUpperCase()) ?? code.toUpperCase();
  } catch {
    return code.toUpperCase();
  }
}

