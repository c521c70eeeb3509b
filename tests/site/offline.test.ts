import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir } from '../support/dist.ts';
import { useServedSite } from '../support/served-site.ts';
import type { PackManifest } from '../../src/lib/offline-names.ts';

const manifest = (id: string) => JSON.parse(readFileSync(join(distDir, 'offline', `${id}.json`), 'utf8')) as PackManifest;

describe('offline country packs', () => {
  const served = useServedSite();

  it('list, for each language and country, its pages, what they load, its PDFs and the search index, all from this site', () => {
    const pack = manifest('ar-it');
    expect(pack.urls).toContain('/ar/countries/it/');
    expect(pack.urls).toContain('/ar/rights/it/asylum-seeker/');
    expect(pack.urls).toContain('/ar/guides/health-care-asylum-seekers/');
    expect(pack.urls).toContain('/ar/offline/');
    expect(pack.urls.some((url) => url.startsWith('/pagefind/') && url.includes('/ar_'))).toBe(true);
    expect(pack.urls.some((url) => /\/(fr|zh)_/.test(url))).toBe(false);
    expect(pack.urls.every((url) => url.startsWith('/') && !url.startsWith('//'))).toBe(true);
    expect(pack.bytes).toBeGreaterThan(0);
  });

  it('precaches nothing on a first visit: no service worker and no cache until the reader saves', async () => {
    const context = await served.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${served.origin}/en/countries/it/`);
    await page.locator('button[data-offline-save]').waitFor();
    expect(await page.evaluate(async () => [(await navigator.serviceWorker.getRegistrations()).length, (await caches.keys()).length])).toEqual([0, 0]);
    await context.close();
  });

  it('saves a country, then reads its fact sheet and a guide offline, and shows the offline page for an unsaved country', async () => {
    const context = await served.browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${served.origin}/ar/countries/it/`);
    await page.locator('button[data-offline-save]').click();
    const status = page.locator('[data-offline-status]');
    await expect.poll(() => status.innerText(), { timeout: 60_000 }).toContain('حُفظ على هذا الهاتف');
    await page.evaluate(() => navigator.serviceWorker.ready);
    // The page that registered the worker is not controlled yet: a new page is.
    const offline = await context.newPage();
    await offline.goto(`${served.origin}/ar/`);
    await context.setOffline(true);

    await offline.goto(`${served.origin}/ar/countries/it/`);
    expect(await offline.locator('h1').innerText()).toContain('إيطاليا');
    await offline.goto(`${served.origin}/ar/guides/health-care-asylum-seekers/`);
    expect(await offline.locator('main a.term').count()).toBeGreaterThan(0);
    await offline.goto(`${served.origin}/ar/rights/it/asylum-seeker/`);
    expect(await offline.locator('section.branch').count()).toBeGreaterThan(0);

    // The language's search index is saved too: search works without a network.
    await offline.goto(`${served.origin}/ar/countries/it/`);
    await offline.keyboard.press('Control+k');
    await offline.locator('#starlight__search .pagefind-ui__search-input').fill('إيطاليا');
    await offline.locator('.pagefind-ui__result').first().waitFor({ timeout: 15_000 });
    expect(await offline.locator('.pagefind-ui__result a').first().getAttribute('href')).toMatch(/^\/ar\//);
    await offline.keyboard.press('Escape');

    // An unsaved country: the offline page, in Arabic, right to left, linking what is saved.
    await offline.goto(`${served.origin}/ar/countries/de/`);
    expect(await offline.locator('h1').innerText()).toBe('أنت غير متصل بالإنترنت');
    expect(await offline.locator('html').getAttribute('dir')).toBe('rtl');
    await expect.poll(() => offline.locator('[data-offline-list] a').getAttribute('href')).toBe('/ar/countries/it/');
    await context.close();
  });

  it('lists saved packs with their size, and removes one', async () => {
    const context = await served.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${served.origin}/en/rights/es/refugee/`);
    await page.locator('button[data-offline-save]').click();
    await expect.poll(() => page.locator('[data-offline-status]').innerText(), { timeout: 60_000 }).toContain('Saved on this phone');
    await page.goto(`${served.origin}/en/offline/saved/`);
    const item = page.locator('[data-offline-list] li');
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.innerText()).toMatch(/^Spain \(English, [\d.]+ MB\)/);
    await item.locator('button').click();
    await expect.poll(() => item.count()).toBe(0);
    expect(await page.locator('[data-offline-empty]').isVisible()).toBe(true);
    expect(await page.evaluate(() => caches.keys())).toEqual([]);
    await context.close();
  });

  it('changes nothing without JavaScript', async () => {
    const context = await served.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${served.origin}/en/countries/it/`);
    expect(await page.locator('[data-offline-pack]').isVisible()).toBe(false);
    await context.close();
  });
});
