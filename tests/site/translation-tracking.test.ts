import { readFileSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, readPage, withoutIndexBreaks } from '../support/dist.ts';
import { buildCopy, copyProject } from '../support/project-copy.ts';
import { localeCodes, defaultLocale } from '../../src/locales.ts';
import { serveStatic } from '../../src/tooling/static-server.ts';
import { launchBrowser } from '../support/browser.ts';
import { withoutCliticBreaks } from '../../src/lib/search-words.ts';

/** A guide added in English only, in the copy below: every other language shows it as a fallback. */
const untranslated = 'guides/zebrafinch-guide-not-yet-translated';
const strings = (lang: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'content', 'i18n', `${lang}.json`), 'utf8')) as Record<string, string>;

const otherLocales = localeCodes.filter((code) => code !== defaultLocale);
const noticeOf = (html: string) => /<p class="page-notice[^"]*" data-notice="outdated-translation"[\s\S]*?<\/p>/.exec(html)?.[0];
const stateIn = (html: string, locale: string, sourceLink: string) => {
  const row = new RegExp(`<tr[^>]*>\\s*<th scope="row"[^>]*><a href="${sourceLink}"[\\s\\S]*?</tr>`).exec(html)?.[0] ?? '';
  return new RegExp(`data-state="([a-z-]+)"[^>]*data-locale="${locale}"`).exec(row)?.[1];
};

describe('translation tracking in the built site', () => {
  beforeAll(assertBuilt);

  it('shows current translations as up to date, without a notice', async () => {
    for (const locale of otherLocales) {
      expect(noticeOf(await readPage(`${locale}/countries/it/index.html`)), locale).toBeUndefined();
      const status = await readPage(`${locale}/contribute/translations/index.html`);
      expect(stateIn(status, locale, '/en/countries/it/'), locale).toBe('up-to-date');
    }
  });
});

describe('changing content', () => {
  let copy: string | undefined;
  let built: { failed: boolean; output: string };
  beforeAll(async () => {
    copy = await copyProject('outdated');
    const source = join(copy, 'content/docs/en/countries/it.mdx');
    await writeFile(source, `${await readFile(source, 'utf8')}\nA sentence added after the translations were made.\n`);
    // And a guide whose last review is long past, for the review notice.
    const guide = join(copy, 'content/docs/en/guides/what-is-social-security.mdx');
    const guideText = await readFile(guide, 'utf8');
    for (const locale of ['en', 'fr', 'ar']) {
      const file = join(copy, 'content/docs', locale, 'guides/what-is-social-security.mdx');
      await writeFile(file, (await readFile(file, 'utf8')).replace(/^lastReviewed: .*$/m, 'lastReviewed: 2024-01-15'));
    }
    // And a guide nobody has translated yet.
    await writeFile(
      join(copy, 'content/docs/en', `${untranslated}.mdx`),
      guideText.replace(/^title: .*$/m, 'title: Zebrafinch guide not yet translated').replace(/^keywords: .*\n/m, ''),
    );
    // And a translation a fluent reader has checked.
    const checked = join(copy, 'content/docs/fr/countries/es.mdx');
    await writeFile(checked, (await readFile(checked, 'utf8')).replace(/^translationOf:\n/m, 'translationOf:\n  reviewedBy: valencia-law-clinic\n'));
    built = await buildCopy(copy);
  });
  afterAll(async () => {
    if (copy) await rm(copy, { recursive: true, force: true });
  });

  it('marks its translations outdated, with a link to the current English text, without git history', async () => {
    expect(built.failed, built.output.slice(-2000)).toBe(false);
    for (const locale of otherLocales) {
      const page = await readFile(join(copy!, 'dist', locale, 'countries/it/index.html'), 'utf8');
      expect(noticeOf(page), locale).toMatch(/<a href="\/en\/countries\/it\/" hreflang="en"/);
      const status = await readFile(join(copy!, 'dist', locale, 'contribute/translations/index.html'), 'utf8');
      expect(stateIn(status, locale, '/en/countries/it/'), locale).toBe('outdated');
    }
    expect(built.output).toContain('content/docs/fr/countries/it.mdx');
    expect(built.output).toContain('has changed since this translation was made');
  });

  it('tells readers of a page whose review is overdue, in their language, when it was last checked', async () => {
    const notices = await Promise.all(
      ['en', 'fr', 'ar'].map(async (locale) => {
        const page = withoutIndexBreaks(await readFile(join(copy!, 'dist', locale, 'guides/what-is-social-security/index.html'), 'utf8'));
        return /data-notice="review-overdue"[\s\S]*?<\/p>/.exec(page)?.[0] ?? '';
      }),
    );
    expect(notices[0]).toContain('January 15, 2024');
    expect(notices[1]).toContain('15 janvier 2024');
    expect(notices[2]).toContain(new Intl.DateTimeFormat('ar', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date('2024-01-15T00:00:00Z')));
    const guide = await readFile(join(copy!, 'content/docs/en/guides/what-is-social-security.mdx'), 'utf8');
    const line = guide.split('\n').findIndex((text) => text.startsWith('lastReviewed:')) + 1;
    expect(built.output).toContain(`content/docs/en/guides/what-is-social-security.mdx:${line}:15  warning  The last review (2024-01-15) is more than 12 months old`);
  });
  it('lists a page not translated yet as missing, and shows it in English with a notice in the reader’s language and direction', async () => {
    expect(built.failed, built.output.slice(-2000)).toBe(false);
    for (const locale of otherLocales) {
      const status = await readFile(join(copy!, 'dist', locale, 'contribute/translations/index.html'), 'utf8');
      expect(stateIn(status, locale, `/en/${untranslated}/`), locale).toBe('missing');
    }
    const page = withoutIndexBreaks(await readFile(join(copy!, 'dist', 'ar', untranslated, 'index.html'), 'utf8'));
    expect(page).toMatch(/<main[^>]*lang="en"[^>]*dir="ltr"/);
    const notice = /<div lang="ar" dir="rtl" class="fallback-notice"[^>]*>[\s\S]*?<\/div>/.exec(page)?.[0] ?? '';
    expect(notice).toContain(strings('ar')['i18n.untranslatedContent']);
  });

  it('labels search results from a page not translated yet as English', async () => {
    const site = await serveStatic(join(copy!, 'dist'));
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(`${site.origin}/ar/`);
      let titles = (await page.evaluate(`(async () => {
        const pagefind = await import('/pagefind/pagefind.js');
        const search = await pagefind.search('zebrafinch');
        const data = await Promise.all(search.results.map((r) => r.data()));
        return data.map((d) => d.url + ' ' + d.meta.title);
      })()`)) as string[];
      const inEnglish = `(${strings('ar')['section.inEnglish']})`;
      // As the search dialog shows them: without the index's hidden word breaks.
      titles = titles.map((title) => withoutCliticBreaks(title, 'ar'));
      expect(titles.find((title) => title.startsWith(`/ar/${untranslated}/`)), titles.join('\n')).toContain(inEnglish);
    } finally {
      await browser.close();
      await site.close();
    }
  });
  it('says a translation was made with machine help until a fluent reader has checked it', async () => {
    const notice = (html: string) => /data-notice="unreviewed-translation"[\s\S]*?<\/p>/.exec(html)?.[0];
    const page = async (path: string) => withoutIndexBreaks(await readFile(join(copy!, 'dist', path, 'index.html'), 'utf8'));
    expect(notice(await page('fr/countries/es')), 'checked by a clinic').toBeUndefined();
    const unchecked = notice(await page('ar/countries/es'));
    expect(unchecked).toContain(strings('ar')['notice.unreviewedTranslation']);
    expect(unchecked).toContain('href="/en/countries/es/" hreflang="en"');
    expect(notice(await page('en/countries/es')), 'an original').toBeUndefined();
  });
});
