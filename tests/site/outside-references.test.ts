import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, builtPages, distDir, readPage } from '../support/dist.ts';
import { findOutsideReferences, findOutsideReferencesInCss, type OutsideReference } from '../../src/lib/outside-references.ts';

// Every page and stylesheet of the build, not a sample: a reader's browser must contact no
// other host without a click (DESIGN.md, "Privacy and safety"). The browser test in
// privacy.test.ts watches real requests on a few pages; this reads all of them.

/** Pages are judged where they are served, on an origin that no real reference can name. */
const siteOrigin = 'https://atlas.invalid';

/** Files in dist/ whose name ends with `extension`, relative with forward slashes. */
async function distFiles(extension: string): Promise<string[]> {
  const entries = await readdir(distDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
    .map((entry) => relative(distDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

function describeFinding(path: string, finding: OutsideReference): string {
  return `${path}: ${finding.where} "${finding.reference}" would request ${finding.url}`;
}

describe('no request to another host', () => {
  beforeAll(() => assertBuilt());

  it('in any built page, including Pagefind’s', async () => {
    // builtPages() leaves Pagefind's folder out; its HTML, if a version ships any, is read too.
    const pagefindPages = (await distFiles('.html')).filter((path) => path.startsWith('pagefind/'));
    const pages = [...(await builtPages()), ...pagefindPages];
    expect(pages.length).toBeGreaterThan(100);
    const findings: string[] = [];
    for (const path of pages) {
      const html = path.startsWith('pagefind/') ? await readFile(join(distDir, path), 'utf8') : await readPage(path);
      for (const finding of findOutsideReferences(html, `${siteOrigin}/${path}`)) findings.push(describeFinding(path, finding));
    }
    expect(findings).toEqual([]);
  });

  it('in any stylesheet', async () => {
    const stylesheets = await distFiles('.css');
    expect(stylesheets.length).toBeGreaterThan(0);
    const findings: string[] = [];
    for (const path of stylesheets) {
      const css = await readFile(join(distDir, path), 'utf8');
      for (const finding of findOutsideReferencesInCss(css, `${siteOrigin}/${path}`)) findings.push(describeFinding(path, finding));
    }
    expect(findings).toEqual([]);
  });
});
