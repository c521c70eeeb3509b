import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useServedSite } from '../support/served-site.ts';
import { locales, localeCodes } from '../../src/locales.ts';

const strings = (lang: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'content', 'i18n', `${lang}.json`), 'utf8')) as Record<string, string>;

describe('the page for a missing address', () => {
  const served = useServedSite();

  it('says so in every language, each with a link home, in its own direction, even without JavaScript', async () => {
    const context = await served.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto(`${served.origin}/fr/no-such-page/`);
    expect(response?.status()).toBe(404);
    for (const code of localeCodes) {
      const { lang, dir } = locales[code];
      const item = page.locator(`#not-found-languages li[data-locale="${code}"]`);
      expect(await item.getAttribute('lang'), code).toBe(lang);
      expect(await item.getAttribute('dir'), code).toBe(dir);
      expect(await item.innerText(), code).toContain(strings(lang)['404.text']);
      expect(await item.locator('a').getAttribute('href'), code).toBe(`/${code}/`);
    }
    await context.close();
  });

  it('puts the reader’s language first, read from the address they asked for', async () => {
    const context = await served.browser.newContext();
    const page = await context.newPage();
    for (const code of ['ar', 'zh', 'en']) {
      await page.goto(`${served.origin}/${code}/guides/no-such-guide/`);
      expect(await page.locator('#not-found-languages li').first().getAttribute('data-locale'), code).toBe(code);
    }
    await context.close();
  });
});
