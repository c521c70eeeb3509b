/**
 * What a component needs to speak the reader's language: the page's language and its UI strings.
 */
export function readingLanguage(locals: App.Locals): { lang: string; t: App.Locals['t'] } {
  const { lang } = locals.starlightRoute;
  return { lang, t: locals.t };
}
