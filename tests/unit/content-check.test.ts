import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/tooling/check-content.ts';
import { formatDiagnostic } from '../../src/lib/content/diagnostic.ts';

const projectRoot = join(import.meta.dirname, '..', '..');
const temporary: string[] = [];

/** A fixture's content/ plus the project's real UI strings, which every site needs. */
async function fixtureRoot(name: string): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), `atlas-check-${name}-`));
  temporary.push(root);
  await cp(join(import.meta.dirname, '..', 'fixtures', 'content-check', name), root, { recursive: true });
  await cp(join(projectRoot, 'content', 'i18n'), join(root, 'content', 'i18n'), { recursive: true });
  return root;
}

afterAll(async () => {
  await Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('the content check', () => {
  it('finds nothing wrong in valid content', async () => {
    expect((await checkContent({ root: await fixtureRoot('valid') })).map(formatDiagnostic)).toEqual([]);
  });

  it('passes the project’s own content', async () => {
    const problems = (await checkContent({ root: projectRoot })).filter((d) => d.severity === 'error');
    expect(problems.map(formatDiagnostic)).toEqual([]);
  });

  it('reports every problem at once, at its line, with how to fix it', async () => {
    const lines = (await checkContent({ root: await fixtureRoot('invalid') })).map(formatDiagnostic);
    expect(lines).toEqual([
      'content/countries/italy.yaml:1:1  error  The file name "italy" is not a country code. Name the file with the two-letter ISO code in lower case, for example "it.yaml".',
      'content/countries/italy.yaml:1:1  error  "euMember" is missing. Add it to this file.',
      expect.stringMatching(/^content\/countries\/italy\.yaml:1:1  error  "lastReviewed" is missing/),
      expect.stringMatching(/^content\/countries\/italy\.yaml:1:1  error  "reviewedBy" is missing/),
      expect.stringMatching(/^content\/countries\/italy\.yaml:1:1  error  "validAsOf" is missing/),
      expect.stringMatching(/^content\/countries\/italy\.yaml:1:1  error  "ratifications" is missing/),
      expect.stringMatching(/^content\/countries\/italy\.yaml:1:1  error  "euCoordination" is missing/),
      expect.stringMatching(/^content\/countries\/italy\.yaml:1:1  error  "access" is missing/),
      'content/docs/en/guides/bad-yaml.md:3:7  error  The YAML here cannot be read (Nested mappings are not allowed in compact mappings). Check the indentation, colons and quotes.',
      'content/docs/en/guides/typos.md:5:13  error  "reviewedBy: test-clinc" names no clinic. Did you mean "test-clinic"? Use the name of a file in content/clinics/ without ".yaml" (test-clinic).',
      'content/docs/en/guides/typos.md:6:12  error  "validAsOf": 2026-02-30 is not a real date. Check the month and the day (YYYY-MM-DD).',
      'content/docs/en/guides/typos.md:7:12  error  "audience[0]" is "migrant", which is not allowed here. Use one of: migrants, ngos, trade-unions, employers, lawyers, researchers. Did you mean "migrants"?',
      'content/docs/en/guides/typos.md:8:10  error  "country: fr" has no country file. Use a code that has a file in content/countries/ (italy), or add content/countries/fr.yaml first.',
      'content/docs/en/guides/typos.md:10:5  error  "sources[0]": Each source needs a web address (url) or a legal citation (citation), or both.',
      'content/docs/en/no-frontmatter.md:1:1  error  This page has no frontmatter. Start the file with a block between two "---" lines that gives at least "title" and "kind".',
      'content/docs/fr/guides/orphan.md:5:11  error  "translationOf.source" points at "en/guides/does-not-exist", which is not a page. Write the path of the original under content/docs without the extension, for example "en/guides/orphan".',
    ]);
  });
});
