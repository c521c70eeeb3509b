/**
 * The trimmed stylesheets (src/tooling/trim-css.ts) must change nothing a reader sees. Each page
 * below is shown twice, with its group's trimmed stylesheet and with the stylesheets Astro wrote
 * (kept in node_modules/.cache/atlas-css/), and every element's computed style is compared, with
 * its ::before and ::after: on a phone in light mode with the menu and every disclosure open, on a
 * desktop in dark mode, and printed. One page for each trimmed stylesheet, and some in Arabic,
 * Persian, Chinese and Ukrainian; and the search dialog with results, in dark mode. Custom properties are left out: trimming drops the
 * ones no rule reads, which no element's appearance depends on.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useServedSite } from '../support/served-site.ts';
import { joinStylesheets, untrimmedDir, untrimmedMapFile, type TrimmedFrom } from '../../src/tooling/trim-css.ts';
import { distDir } from '../support/dist.ts';
import { localizedPath } from '../../src/lib/localized-pages.ts';

/** Some pages are worth seeing in a right-to-left language and in Chinese too, whatever their stylesheet. */
const alsoSeen = [
  localizedPath('ar', 'guides/health-care-asylum-seekers'),
  localizedPath('ar', 'countries/it'),
  localizedPath('fa', 'rights/de/asylum-seeker'),
  localizedPath('ar', 'compare/status/refugee'),
  localizedPath('zh', 'guides/health-care-asylum-seekers'),
  localizedPath('uk', 'practices'),
];

/** One page for each trimmed stylesheet, English where there is one, and the pages above. */
async function pagesToSee(trimmedFrom: TrimmedFrom): Promise<string[]> {
  const files = (await readdir(distDir, { recursive: true })).map((file) => file.split('\\').join('/')).filter((file) => file.endsWith('.html')).sort();
  const byStylesheet = new Map<string, string>();
  for (const file of files) {
    const html = await readFile(join(distDir, file), 'utf8');
    const href = Object.keys(trimmedFrom).find((candidate) => html.includes(`href="${candidate}"`));
    if (!href) continue;
    const current = byStylesheet.get(href);
    if (current === undefined || (!current.startsWith('en/') && file.startsWith('en/'))) byStylesheet.set(href, file);
  }
  const paths = [...byStylesheet.values()].map((file) => `/${file.replace(/index\.html$/, '')}`);
  return [...new Set([...paths, ...alsoSeen])];
}

interface View {
  name: string;
  width: number;
  colorScheme: 'light' | 'dark';
  media: 'screen' | 'print';
  /** Opens what a reader may open before the styles are read. */
  open?: (page: Page) => Promise<void>;
}

const views: View[] = [
  {
    name: 'phone, light, with the menu and every disclosure open',
    width: 360,
    colorScheme: 'light',
    media: 'screen',
    open: async (page) => {
      await page.evaluate(() => {
        // The phone menu is Starlight's popover; opening it makes the rest of the page inert.
        document.querySelector<HTMLElement>('#starlight__sidebar')?.showPopover?.();
        document.querySelectorAll('details').forEach((details) => (details.open = true));
      });
    },
  },
  { name: 'desktop, dark', width: 1280, colorScheme: 'dark', media: 'screen' },
  { name: 'printed', width: 1280, colorScheme: 'light', media: 'print' },
];

/**
 * The search dialog with results, on a dark desktop: its own stylesheet is loaded whole by a
 * script, but it reads custom properties the trimmed stylesheet must still define.
 */
const searchView: View = {
  name: 'desktop, dark, search open with results',
  width: 1280,
  colorScheme: 'dark',
  media: 'screen',
  open: async (page) => {
    await page.keyboard.press('Control+k');
    await page.locator('#starlight__search .pagefind-ui__search-input').fill('Italy');
    await page.locator('.pagefind-ui__result').first().waitFor();
  },
};

/** Resolves when the page's scripts have had their idle time and two frames have been drawn. */
function settled(): Promise<void> {
  const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  return new Promise<void>((resolve) => requestIdleCallback(() => void frame().then(frame).then(resolve), { timeout: 1000 }));
}

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

    /**
     * A tab for one view. Each page is read twice in the same state (scripts run once: which
     * heading the table of contents marks, whether the menu is open), first with its trimmed
     * stylesheet, then with the untrimmed one put in its place.
     */
    const openTab = async (view: View) => {
      const context = await served.browser.newContext({ viewport: { width: view.width, height: 800 }, colorScheme: view.colorScheme });
      await context.route(/\/_astro\/site\.[\w-]+\.css\?whole$/, async (route) => {
        const css = untrimmed.get(new URL(route.request().url()).pathname);
        if (css === undefined) throw new Error(`No untrimmed stylesheet recorded for ${route.request().url()}: build again.`);
        await route.fulfill({ contentType: 'text/css', body: css });
      });
      const page = await context.newPage();
      await page.emulateMedia({ media: view.media, colorScheme: view.colorScheme });
      return {
        show: async (path: string): Promise<[string[], string[]]> => {
          // Stylesheets hold back the load event: the page's styles are all there.
          await page.goto(`${served.origin}${path}`, { waitUntil: 'load' });
          // A disclosure's arrow turns as it opens: read styles at rest, not halfway through a turn.
          await page.addStyleTag({ content: '*,*::before,*::after{transition:none!important;animation:none!important}' });
          await view.open?.(page);
          // Starlight's table of contents marks the current heading once the browser is idle.
          await page.evaluate(settled);
          const trimmed = await page.evaluate(computedStyles);
          await page.evaluate(
            () =>
              new Promise<void>((resolve, reject) => {
                const link = document.querySelector<HTMLLinkElement>('link[rel="stylesheet"][href^="/_astro/site."]');
                if (!link) return reject(new Error('The page links no trimmed stylesheet.'));
                const whole = document.createElement('link');
                whole.rel = 'stylesheet';
                whole.href = `${link.getAttribute('href')}?whole`;
                whole.addEventListener('load', () => {
                  link.remove();
                  resolve();
                });
                whole.addEventListener('error', () => reject(new Error(`${whole.href} did not load.`)));
                link.after(whole);
              }),
          );
          await page.evaluate(settled);
          return [trimmed, await page.evaluate(computedStyles)];
        },
        close: () => context.close(),
      };
    };

    const differences: string[] = [];
    const pages = await pagesToSee(trimmedFrom);
    expect(pages.length, 'a page for every trimmed stylesheet').toBeGreaterThanOrEqual(Object.keys(trimmedFrom).length);
    for (const [view, paths] of [...views.map((view) => [view, pages] as const), [searchView, [localizedPath('en', '')]] as const]) {
      const tab = await openTab(view);
      for (const path of paths) {
        const [trimmed, whole] = await tab.show(path);
        const byElement = (lines: string[]) => new Map(lines.map((line) => [line.slice(0, line.indexOf(' ', line.indexOf(' ') + 1)), line] as const));
        const [now, was] = [byElement(trimmed), byElement(whole)];
        for (const [element, line] of was) {
          const other = now.get(element);
          if (other === line) continue;
          if (other === undefined) {
            differences.push(`${path} (${view.name}): ${element} is gone with the trimmed stylesheet`);
            continue;
          }
          const properties = (text: string) => new Map(text.slice(element.length + 1).split(';').map((pair) => [pair.slice(0, pair.indexOf(':')), pair] as const));
          const [after, before] = [properties(other), properties(line)];
          const changed = [...before.keys()].filter((name) => after.get(name) !== before.get(name)).slice(0, 4);
          differences.push(`${path} (${view.name}), ${element}: ${changed.map((name) => `${before.get(name)} became ${after.get(name) ?? 'nothing'}`).join('; ')}`);
        }
        for (const element of now.keys()) if (!was.has(element)) differences.push(`${path} (${view.name}): ${element} appears only with the trimmed stylesheet`);
      }
      await tab.close();
    }
    expect(differences, differences.join('\n')).toEqual([]);
  });
});
