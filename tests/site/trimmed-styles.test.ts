/**
 * The trimmed stylesheets (src/tooling/trim-css.ts) must change nothing a reader sees. Each page
 * below is shown twice, with its group's trimmed stylesheet and with the stylesheets Astro wrote
 * (kept in node_modules/.cache/atlas-css/), and every element's computed style is compared, with
 * its ::before and ::after: on a phone in light mode, on a desktop in dark mode, printed, and with
 * the phone menu and the language list open. Custom properties are left out: trimming drops the
 * ones no rule reads, which no element's appearance depends on.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useServedSite } from '../support/served-site.ts';
import { joinStylesheets, untrimmedDir, untrimmedMapFile, type TrimmedFrom } from '../../src/tooling/trim-css.ts';
import { siteSections } from '../../src/lib/site-sections.ts';
import { localizedPath } from '../../src/lib/localized-pages.ts';

/** One page of every group of pages, in a left-to-right and a right-to-left language, and the other scripts. */
const pages = [
  '/',
  '/404.html',
  ...['en', 'ar'].flatMap((locale) => [
    ...siteSections.map((section) => localizedPath(locale, section.slug)),
    localizedPath(locale, 'guides/health-care-asylum-seekers'),
    localizedPath(locale, 'toolkits'),
    localizedPath(locale, 'countries/it'),
    localizedPath(locale, 'rights/de/asylum-seeker'),
    localizedPath(locale, 'compare/status/refugee'),
    localizedPath(locale, 'practices/theme/portability'),
    localizedPath(locale, 'changes/it'),
    localizedPath(locale, 'clinics'),
    localizedPath(locale, 'glossary'),
    localizedPath(locale, 'standards'),
    localizedPath(locale, 'offline'),
    localizedPath(locale, 'contribute'),
    localizedPath(locale, 'all-pages'),
    localizedPath(locale, 'join'),
  ]),
  localizedPath('zh', 'guides/health-care-asylum-seekers'),
  localizedPath('fa', 'countries/de'),
  localizedPath('uk', 'rights/it/refugee'),
];

interface View {
  name: string;
  width: number;
  colorScheme: 'light' | 'dark';
  media: 'screen' | 'print';
  /** Opens what a reader may open before the styles are read. */
  open?: (page: Page) => Promise<void>;
}

const views: View[] = [
  { name: 'phone, light', width: 360, colorScheme: 'light', media: 'screen' },
  {
    name: 'phone, menu and language list open',
    width: 360,
    colorScheme: 'dark',
    media: 'screen',
    open: async (page) => {
      await page.locator('button.sl-menu-button').first().click({ timeout: 2000 }).catch(() => undefined);
      await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
    },
  },
  { name: 'desktop, dark', width: 1280, colorScheme: 'dark', media: 'screen' },
  { name: 'printed', width: 1280, colorScheme: 'light', media: 'print' },
];

/** Every element's computed style (and its ::before and ::after), one line each, custom properties left out. */
function computedStyles(): string[] {
  const lines: string[] = [];
  const describe = (style: CSSStyleDeclaration) => {
    const parts: string[] = [];
    for (let i = 0; i < style.length; i++) {
      const name = style.item(i);
      if (!name.startsWith('--')) parts.push(`${name}:${style.getPropertyValue(name)}`);
    }
    return parts.join(';');
  };
  document.querySelectorAll('*').forEach((element, index) => {
    const name = `${index} ${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.classList.length ? `.${[...element.classList].join('.')}` : ''}`;
    lines.push(`${name} ${describe(getComputedStyle(element))}`);
    for (const pseudo of ['::before', '::after']) {
      const style = getComputedStyle(element, pseudo);
      if (style.content !== 'none' && style.content !== 'normal') lines.push(`${name}${pseudo} ${describe(style)}`);
    }
  });
  return lines;
}

describe('trimmed stylesheets', () => {
  const served = useServedSite();

  it('change no computed style on any kind of page, in any view', { timeout: 600_000 }, async () => {
    const trimmedFrom = JSON.parse(await readFile(untrimmedMapFile, 'utf8')) as TrimmedFrom;
    const untrimmed = new Map<string, string>();
    for (const [href, parts] of Object.entries(trimmedFrom)) {
      untrimmed.set(href, joinStylesheets(await Promise.all(parts.map(async ({ file, media }) => ({ css: await readFile(join(untrimmedDir, file), 'utf8'), media })))));
    }
    expect(untrimmed.size, 'the build recorded what it trimmed').toBeGreaterThan(0);

    const render = async (path: string, view: View, whole: boolean): Promise<string[]> => {
      const context = await served.browser.newContext({ viewport: { width: view.width, height: 800 }, colorScheme: view.colorScheme });
      if (whole) {
        await context.route(/\/_astro\/site\.[\w-]+\.css$/, async (route) => {
          const css = untrimmed.get(new URL(route.request().url()).pathname);
          if (css === undefined) throw new Error(`No untrimmed stylesheet recorded for ${route.request().url()}: build again.`);
          await route.fulfill({ contentType: 'text/css', body: css });
        });
      }
      const page = await context.newPage();
      await page.emulateMedia({ media: view.media, colorScheme: view.colorScheme });
      await page.goto(`${served.origin}${path}`, { waitUntil: 'networkidle' });
      await view.open?.(page);
      const styles = await page.evaluate(computedStyles);
      await context.close();
      return styles;
    };

    const differences: string[] = [];
    for (const path of pages) {
      for (const view of views) {
        const [trimmed, whole] = [await render(path, view, false), await render(path, view, true)];
        expect(trimmed.length, `${path} (${view.name}): the same elements`).toBe(whole.length);
        const first = trimmed.findIndex((line, index) => line !== whole[index]);
        if (first !== -1) {
          const [element] = whole[first]!.split(' ', 2);
          const was = new Map(whole[first]!.slice(whole[first]!.indexOf(' ', whole[first]!.indexOf(' ') + 1) + 1).split(';').map((pair) => [pair.split(':')[0], pair] as const));
          const now = trimmed[first]!.slice(trimmed[first]!.indexOf(' ', trimmed[first]!.indexOf(' ') + 1) + 1).split(';');
          const changed = now.filter((pair) => was.get(pair.split(':')[0]) !== pair).slice(0, 5);
          differences.push(`${path} (${view.name}), element ${element} ${whole[first]!.split(' ')[1]}: ${changed.join('; ')} (was: ${changed.map((pair) => was.get(pair.split(':')[0])).join('; ')})`);
        }
      }
    }
    expect(differences, differences.join('\n')).toEqual([]);
  });
});
