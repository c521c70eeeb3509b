import { readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCopy, copyProject } from '../support/project-copy.ts';
import { serveStatic } from '../../src/tooling/static-server.ts';
import { launchBrowser } from '../support/browser.ts';
import { codeownersFor } from '../../scripts/codeowners-input.ts';
import { scaffold } from '../../src/lib/scaffold.ts';

/**
 * Adding a country takes a country file and a fact sheet, nothing else: this builds the site
 * with Poland added that way and looks for it everywhere countries appear.
 */
describe('a fourth country', () => {
  let copy: string | undefined;
  let built: { failed: boolean; output: string };
  const file = (path: string) => readFile(join(copy!, 'dist', path), 'utf8');

  beforeAll(async () => {
    copy = await copyProject('fourth-country');
    const context = {
      today: new Date(),
      clinicIds: ['turin-law-clinic'],
      readSource: (path: string) => (existsSync(join(copy!, path)) ? readFileSync(join(copy!, path), 'utf8') : undefined),
      exists: (path: string) => existsSync(join(copy!, path)),
    };
    const country = scaffold({ kind: 'country', lang: 'en', slug: '', country: 'pl', clinic: 'turin-law-clinic' }, context);
    // As `npm run new` does: Poland's ratifications move from content/ratifications/ into its country file.
    expect(country.replaces).toEqual(['content/ratifications/pl.yaml']);
    for (const replaced of country.replaces ?? []) await rm(join(copy, replaced));
    const researched = [
      '    medical-care:',
      '      level: conditional',
      '      conditions: "Test fixture: with registration."',
      '      legalBasis: Test Act, art. 1',
      '      sources: [{ title: Test Act, citation: "Test Act, art. 1", type: national-law }]',
    ].join('\n');
    await writeFile(join(copy, country.path), country.text.replace(/  refugee:\n    medical-care: \{ level: unknown \}/, `  refugee:\n${researched}`));
    // As `npm run new` does after a new country: GitHub must know which clinic reviews it.
    await writeFile(join(copy, '.github/CODEOWNERS'), await codeownersFor(copy, JSON.parse(await readFile(join(copy, 'package.json'), 'utf8'))));
    const factSheet = scaffold({ kind: 'factsheet', lang: 'en', slug: '', country: 'pl', clinic: 'turin-law-clinic' }, context);
    await writeFile(join(copy, factSheet.path), factSheet.text.replace(/"\[FILL IN: a title[^"]*"/, '"Poland: test fact sheet"').replace(/\[FILL IN[^\]]*\]/g, 'Test'));
    built = await buildCopy(copy);
  });
  afterAll(async () => {
    if (copy) await rm(copy, { recursive: true, force: true });
  });

  it('builds', () => {
    expect(built.failed, built.output.slice(-3000)).toBe(false);
  });

  it('gets a fact sheet in every language and appears in the list of fact sheets', async () => {
    for (const locale of ['en', 'fr', 'ar', 'zh']) expect(existsSync(join(copy!, 'dist', locale, 'countries/pl/index.html'))).toBe(true);
    expect(await file('en/countries/index.html')).toContain('href="/en/countries/pl/"');
    expect(await file('en/countries/pl/index.html')).toContain('id="access-refugee-medical-care"');
  });

  it('appears in every comparison', async () => {
    for (const path of ['en/compare/status/refugee/index.html', 'ar/compare/branch/family/index.html']) {
      expect(await file(path), path).toContain('data-country="pl"');
    }
    expect(existsSync(join(copy!, 'dist/en/compare/countries/pl/index.html'))).toBe(true);
    expect(existsSync(join(copy!, 'dist/en/compare/countries/de-es-it-pl/index.html'))).toBe(true);
    expect(await file('en/standards/index.html')).toContain('href="/en/countries/pl/"');
  });

  it('appears in every download', async () => {
    expect(await file('data/access-matrix.csv')).toContain('\r\npl,Poland,refugee,medical-care,conditional,Test fixture: with registration.,,"Test Act, art. 1",');
    expect(await file('data/ratifications.csv')).toContain('\r\npl,Poland,C097,unknown,');
    expect(JSON.parse(await file('data/atlas.json')).countries.map((c: { code: string }) => c.code)).toContain('pl');
    expect(await file('data/access-matrix/branch/medical-care.csv')).toContain('\r\npl,Poland,');
  });

  it('appears in the search filters', async () => {
    const site = await serveStatic(join(copy!, 'dist'));
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(`${site.origin}/en/`);
      const filters = (await page.evaluate(`(async () => {
        const pagefind = await import('/pagefind/pagefind.js');
        return pagefind.filters();
      })()`)) as Record<string, Record<string, number>>;
      expect(Object.keys(filters['Country'] ?? {})).toContain('Poland');
    } finally {
      await browser.close();
      await site.close();
    }
  });
});
