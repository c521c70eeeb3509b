/**
 * The languages of the site. Adding one is this one line plus `content/i18n/<lang>.json`
 * with every UI string (a unit test refuses a locale whose strings are incomplete).
 *
 * `label` names the language in its own script: it is what a reader looks for.
 */
export const locales = {
  en: { label: 'English', lang: 'en', dir: 'ltr' },
  fr: { label: 'Français', lang: 'fr', dir: 'ltr' },
  es: { label: 'Español', lang: 'es', dir: 'ltr' },
  pt: { label: 'Português', lang: 'pt', dir: 'ltr' },
  ru: { label: 'Русский', lang: 'ru', dir: 'ltr' },
  ar: { label: 'العربية', lang: 'ar', dir: 'rtl' },
  zh: { label: '简体中文', lang: 'zh-CN', dir: 'ltr' },
  uk: { label: 'Українська', lang: 'uk', dir: 'ltr' },
  fa: { label: 'فارسی', lang: 'fa', dir: 'rtl' },
} as const satisfies Record<string, { label: string; lang: string; dir: 'ltr' | 'rtl' }>;

export type Locale = keyof typeof locales;

/** The language every page is written in first, and the fallback for untranslated pages. */
export const defaultLocale: Locale = 'en';

export const localeCodes = Object.keys(locales) as Locale[];

export function isLocale(value: string): value is Locale {
  return Object.hasOwn(locales, value);
}
