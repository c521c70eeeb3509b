import { englishTextLang } from '../lib/country-names.ts';

/**
 * What a component needs to speak the reader's language: the page's language, its UI strings,
 * and the `lang` to put on text that is still in English (undefined on English pages).
 */
export function readingLanguage(locals: App.Locals): { lang: string; t: App.Locals['t']; englishLang: ReturnType<typeof englishTextLang> } {
  const { lang } = locals.starlightRoute;
  return { lang, t: locals.t, englishLang: englishTextLang(lang) };
}
