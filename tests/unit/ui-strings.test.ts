import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/locales.ts';
import { uiStringsSchema } from '../../src/schemas/ui-strings.ts';

const read = (lang: string): Record<string, string> =>
  JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'content', 'i18n', `${lang}.json`), 'utf8'));

const placeholders = (text: string) => [...text.matchAll(/\{\{\w+\}\}|\[[A-Z_]+\]/g)].map((m) => m[0]).sort();

describe.each(Object.entries(locales))('UI strings of %s', (code, { lang }) => {
  const strings = read(lang);

  it('has every string, and no unknown one', () => {
    const result = uiStringsSchema.safeParse(strings);
    expect(result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? []).toEqual([]);
  });

  it('keeps the placeholders of the English strings', () => {
    const english = read('en');
    for (const [key, value] of Object.entries(english)) {
      expect(placeholders(strings[key] ?? ''), `${code} ${key}`).toEqual(placeholders(value));
    }
  });

  it.skipIf(code === 'en')('is translated: search results and section names are not left in English', () => {
    const english = read('en');
    for (const key of ['pagefind.many_results', 'pagefind.one_result', 'pagefind.zero_results', 'nav.guides', 'nav.countries', 'i18n.untranslatedContent', 'status.asylum-seeker']) {
      expect(strings[key], `${code} ${key}`).not.toBe(english[key]);
    }
  });
});
