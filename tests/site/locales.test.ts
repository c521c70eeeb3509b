import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { locales, localeCodes, defaultLocale } from '../../src/locales.ts';
import { listingSections } from '../../src/lib/site-sections.ts';
import { customRoutes, dataFiles } from '../../src/lib/site-routes.ts';
import { assertBuilt, builtPages, distDir, readPage } from '../support/dist.ts';
import { countryCodes, englishSlugs, isTranslated } from '../support/content-pages.ts';


function htmlAttributes(html: string): { lang?: string; dir?: string } {
  const tag = /<html\b([^>]*)>/i.exec(html)?.[1] ?? '';
  return {
    lang: /\blang="([^"]*)"/.exec(tag)?.[1],
    dir: /\bdir="([^"]*)"/.exec(tag)?.[1],
  };
}

async function uiString(lang: string, key: string): Promise<string> {
  const strings = JSON.parse(await readFile(join(import.meta.dirname, '..', '..', 'content', 'i18n', `${lang}.json`), 'utf8'));
  return strings[key];
}

describe('the built site in every language', () => {
  beforeAll(assertBuilt);

  it('gives every page the lang and dir of its locale', async () => {
    const pages = await builtPages();
    const checked = new Set<string>();
    for (const page of pages) {
      const prefix = page.split('/')[0]!;
      const html = await readPage(page);
      const attributes = htmlAttributes(html);
      if (prefix in locales) {
        const { lang, dir } = locales[prefix as keyof typeof locales];
        expect(attributes, page).toEqual({ lang, dir });
        checked.add(prefix);
      } else {
        // The language chooser and the 404 page are not in one locale: they are English.
        expect(attributes.lang, page).toBe('en');
      }
    }
    expect([...checked].sort()).toEqual([...localeCodes].sort());
  });

  it('marks Arabic right-to-left and Chinese as zh-CN', async () => {
    expect(htmlAttributes(await readPage('ar/index.html'))).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(htmlAttributes(await readPage('zh/index.html'))).toEqual({ lang: 'zh-CN', dir: 'ltr' });
  });

  it('builds every English page in every locale, translated or as a fallback', async () => {
    const slugs = englishSlugs();
    expect(slugs.length).toBeGreaterThan(5);
    const missing = localeCodes.flatMap((locale) =>
      slugs
        .map((slug) => join(locale, slug, 'index.html'))
        .filter((path) => !existsSync(join(distDir, path))),
    );
    expect(missing).toEqual([]);
  });

  it('builds every custom route and data file the content check lets pages link to', async () => {
    const missing = customRoutes(localeCodes, countryCodes()).filter((route) => !existsSync(join(distDir, route, 'index.html')));
    expect(missing).toEqual([]);
    expect(dataFiles(countryCodes()).filter((file) => !existsSync(join(distDir, file)))).toEqual([]);
  });

  it('builds every section page in every locale', () => {
    const missing = localeCodes.flatMap((locale) =>
      listingSections
        .map((section) => join(locale, section.slug, 'index.html'))
        .filter((path) => !existsSync(join(distDir, path))),
    );
    expect(missing).toEqual([]);
  });

  // A page in English only is added and checked in tests/site/translation-tracking.test.ts.
  it('shows the "not translated yet" notice exactly where a page is shown in English', async () => {
    const slugs = englishSlugs();
    for (const locale of localeCodes.filter((l) => l !== defaultLocale)) {
      const notice = await uiString(locales[locale].lang, 'i18n.untranslatedContent');
      for (const slug of slugs) {
        const translated = isTranslated(locale, slug);
        const html = await readPage(join(locale, slug, 'index.html'));
        if (translated) {
          expect(html, `${locale}/${slug}`).not.toContain(notice);
        } else {
          expect(html, `${locale}/${slug}`).toContain(notice);
          expect(html, `${locale}/${slug}: English content must be marked lang="en"`).toMatch(/<main\b[^>]*\blang="en"/);
        }
      }
    }
  });

  it('gives the search dialog its strings in the page’s language', async () => {
    for (const [code, { lang }] of Object.entries(locales)) {
      const html = await readPage(`${code}/index.html`);
      const encoded = /<site-search[^>]*data-translations="([^"]*)"/.exec(html)?.[1];
      expect(encoded, `${code}: search translations`).toBeDefined();
      const translations = JSON.parse(encoded!.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&'));
      for (const key of ['many_results', 'one_result', 'zero_results', 'clear_search', 'load_more', 'search_label', 'filters_label', 'alt_search', 'search_suggestion', 'searching']) {
        expect(translations[key], `${code} pagefind.${key}`).toBe(await uiString(lang, `pagefind.${key}`));
      }
    }
  });

  it('leads from each page to the Contribute page, which opens the folder of that language’s pages', async () => {
    for (const locale of localeCodes) {
      for (const slug of englishSlugs()) {
        const html = await readPage(join(locale, slug, 'index.html'));
        expect(html, `${locale}/${slug}`).toContain(`<a href="/${locale}/contribute/" class="contribute-link`);
        expect(html, `${locale}/${slug}: readers are not sent to an editor`).not.toMatch(/\/edit\/main\//);
      }
      const contribute = await readPage(join(locale, 'contribute', 'index.html'));
      const folder = /<a href="https:\/\/github\.com\/[^"]+\/tree\/main\/([^"]+)"/.exec(contribute)?.[1];
      expect(folder, locale).toBe(`content/docs/${locale}`);
      expect(existsSync(join(import.meta.dirname, '..', '..', folder!))).toBe(true);
      expect(contribute).toContain(`href="/${locale}/contribute/translations/"`);
    }
  });

  it('names each language in its own script on the language chooser, with plain links', async () => {
    const html = await readPage('index.html');
    for (const [code, { label, lang, dir }] of Object.entries(locales)) {
      expect(html).toContain(`href="/${code}/"`);
      expect(html).toMatch(new RegExp(`<a href="/${code}/"[^>]*lang="${lang}"[^>]*dir="${dir}"[^>]*>${label}`));
    }
    // Choosing needs no JavaScript: links, not a <select> (the only script is the quick exit's).
    expect(html).not.toMatch(/<select/);
  });
});

describe('every page', () => {
  it('describes itself for search engines and link previews', async () => {
    const missing: string[] = [];
    for (const page of await builtPages()) {
      if (page === '404.html') continue;
      if (!/<meta name="description" content="[^"]{8,}"/.test(await readPage(page))) missing.push(page);
    }
    expect(missing).toEqual([]);
  });
});
