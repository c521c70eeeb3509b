import { readFileSync } from 'node:fs';
import { locales } from '../locales.ts';

/**
 * The site's name in every language, from each language's `site.title` UI string, keyed by
 * BCP-47 tag as Starlight's `title` option expects. Read at configuration time, before content
 * collections exist.
 */
export function siteTitles(i18nFolder: URL): Record<string, string> {
  return Object.fromEntries(
    Object.values(locales).map(({ lang }) => {
      const strings = JSON.parse(readFileSync(new URL(`${lang}.json`, i18nFolder), 'utf8')) as Record<string, unknown>;
      const title = strings['site.title'];
      if (typeof title !== 'string' || title === '') {
        throw new Error(`content/i18n/${lang}.json has no "site.title". Add the site's name in that language.`);
      }
      return [lang, title];
    }),
  );
}
