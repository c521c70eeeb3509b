import { readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { buildCopy, copyProject } from '../support/project-copy.ts';
import { applyHostileCase, hostileCases } from '../support/hostile-corpus.ts';
import { writeHostileMdxPage } from '../support/hostile-mdx.ts';

const copies: string[] = [];
afterAll(() => Promise.all(copies.map((copy) => rm(copy, { recursive: true, force: true }))));

describe('a hostile pull request', () => {
  it('cannot run code while the site is built: the build stops at the content check', async () => {
    const copy = await copyProject('hostile');
    copies.push(copy);
    const marker = await writeHostileMdxPage(copy);
    const build = await buildCopy(copy);
    expect(build.failed).toBe(true);
    expect(build.output).toContain('content/docs/en/guides/hostile.mdx:5:1  error  Pages may not contain "import" or "export" lines');
    expect(build.output).toContain('content/docs/en/guides/hostile.mdx:8:7  error  Text in curly braces {…} is JavaScript');
    expect(existsSync(marker)).toBe(false);
    expect(existsSync(join(copy, 'dist', 'index.html'))).toBe(false);
  });

  it('holding every case of the hostile corpus stops the build, which names each file and runs none of their code', async () => {
    const copy = await copyProject('corpus');
    copies.push(copy);
    const cases = await hostileCases();
    for (const hostile of cases) await applyHostileCase(copy, hostile);
    const build = await buildCopy(copy);
    expect(build.failed).toBe(true);
    const unnamed = cases.filter((hostile) => !build.output.includes(`${hostile.file}:`)).map((hostile) => `${hostile.name}: ${hostile.file}`);
    expect(unnamed).toEqual([]);
    // The corpus's MDX would write this file if any of its code ran.
    expect(existsSync(join(copy, 'hostile-marker.txt'))).toBe(false);
    expect(existsSync(join(copy, 'dist', 'index.html'))).toBe(false);
  });
});

describe('a build of unusual but valid content', () => {
  const name = 'Clinic <img src=/x onerror=alert(1)> & "Co" </aside><script>alert(2)</script>';
  let copy = '';
  let buildOutput = '';

  beforeAll(async () => {
    copy = await copyProject('unusual');
    copies.push(copy);
    const clinicFile = join(copy, 'content/clinics/turin-law-clinic.yaml');
    const clinic = await readFile(clinicFile, 'utf8');
    await writeFile(clinicFile, clinic.replace(/^name: .*$/m, `name: ${JSON.stringify(name)}`));
    // A UI string with an ampersand, used as a value inside another UI string.
    const englishFile = join(copy, 'content/i18n/en.json');
    const english = JSON.parse(await readFile(englishFile, 'utf8')) as Record<string, string>;
    await writeFile(englishFile, JSON.stringify({ ...english, 'status.refugee': 'Refugee & family' }, null, 2));
    // Saved by a Windows editor: a byte-order mark and CRLF line endings.
    await writeFile(join(copy, 'content/docs/en/windows-page.md'), '\uFEFF---\r\ntitle: Saved on Windows\r\nkind: page\r\n---\r\n\r\nWindows text.\r\n');
    // An MDX page using a component the site provides, without importing it.
    await writeFile(join(copy, 'content/docs/en/with-aside.mdx'), '---\ntitle: With an aside\nkind: page\n---\n\n<Aside type="caution" title="Deadline">Appeal within 30 days.</Aside>\n');
    const build = await buildCopy(copy);
    expect(build.failed, build.output).toBe(false);
    buildOutput = build.output;
  });

  it('says in one line that printed addresses point to localhost when SITE_URL is not set', () => {
    expect(buildOutput.match(/SITE_URL is not set: QR codes and printed addresses will point to http:\/\/localhost:4321\./g)).toHaveLength(1);
  });

  it('shows a clinic name with tags as text, running nothing', async () => {
    const html = await readFile(join(copy, 'dist/ar/countries/it/index.html'), 'utf8');
    const tree = fromHtml(html);
    const summary = selectAll('.review-summary', tree);
    expect(summary).toHaveLength(1);
    expect(selectAll('img, script', summary[0]!)).toEqual([]);
    expect(toString(summary[0]!)).toContain(name);
    // The Arabic sentence keeps its own words around the clinic and the date.
    expect(toString(summary[0]!)).toContain('تمت المراجعة من قِبل');
  });

  it('escapes values inside UI strings once: "&" shows as "&", not as "&amp;"', async () => {
    const tree = fromHtml(await readFile(join(copy, 'dist/en/compare/status/refugee/index.html'), 'utf8'));
    expect(toString(selectAll('h1', tree)[0]!)).toBe('Refugee & family: what you can get, country by country');
  });

  it('builds a page saved on Windows', async () => {
    const windowsPage = await readFile(join(copy, 'dist/en/windows-page/index.html'), 'utf8');
    expect(windowsPage).toContain('<title>Saved on Windows | Migrant Rights Atlas</title>');
  });

  it('renders the site’s components in MDX, handed to the page rather than imported, in every language', async () => {
    for (const locale of ['en', 'ar']) {
      const tree = fromHtml(await readFile(join(copy, `dist/${locale}/with-aside/index.html`), 'utf8'));
      const asides = selectAll('aside.starlight-aside--caution', tree);
      expect(asides, locale).toHaveLength(1);
      expect(toString(asides[0]!)).toContain('Appeal within 30 days.');
      expect(toString(asides[0]!)).toContain('Deadline');
    }
  });
});
