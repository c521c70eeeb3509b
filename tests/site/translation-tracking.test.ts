import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, readPage } from '../support/dist.ts';
import { buildCopy, copyProject } from '../support/project-copy.ts';
import { localeCodes, defaultLocale } from '../../src/locales.ts';
import { untranslatedSlug } from '../support/content-pages.ts';

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
      expect(stateIn(status, locale, `/en/${untranslatedSlug(locale)}/`), locale).toBe('missing');
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
    await writeFile(guide, (await readFile(guide, 'utf8')).replace(/^lastReviewed: .*$/m, 'lastReviewed: 2024-01-15'));
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
        const page = await readFile(join(copy!, 'dist', locale, 'guides/what-is-social-security/index.html'), 'utf8');
        return /data-notice="review-overdue"[\s\S]*?<\/p>/.exec(page)?.[0] ?? '';
      }),
    );
    expect(notices[0]).toContain('January 15, 2024');
    expect(notices[1]).toContain('15 janvier 2024');
    expect(notices[2]).toContain(new Intl.DateTimeFormat('ar', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date('2024-01-15T00:00:00Z')));
    expect(built.output).toContain('content/docs/en/guides/what-is-social-security.mdx:5:15  warning  The last review (2024-01-15) is more than 12 months old');
  });
});

