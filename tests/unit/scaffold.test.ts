import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { scaffold, ScaffoldError, type ScaffoldRequest } from '../../src/lib/scaffold.ts';
import { checkContent } from '../../src/lib/content-check/check-content.ts';
import { formatDiagnostic } from '../../src/lib/content-check/diagnostic.ts';
import { contentHash } from '../../src/lib/content-hash.ts';
import { splitFrontmatter } from '../../src/lib/content-check/frontmatter.ts';

const run = promisify(execFile);
const projectRoot = join(import.meta.dirname, '..', '..');
const temporary: string[] = [];
afterAll(() => Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true }))));

async function fixtureSite(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'atlas-scaffold-'));
  temporary.push(root);
  await cp(join(import.meta.dirname, '..', 'fixtures', 'content-check', 'valid'), root, { recursive: true });
  await cp(join(projectRoot, 'content', 'i18n'), join(root, 'content', 'i18n'), { recursive: true });
  // A country file first, so that a fact sheet about it can be checked.
  return root;
}

const requests: ScaffoldRequest[] = [
  { kind: 'country', lang: 'en', slug: '', country: 'pl' },
  { kind: 'clinic', lang: 'en', slug: 'krakow-clinic', country: 'pl' },
  { kind: 'guide', lang: 'en', slug: 'new-guide' },
  { kind: 'toolkit', lang: 'en', slug: 'new-toolkit', country: 'pl' },
  { kind: 'factsheet', lang: 'en', slug: '', country: 'pl' },
  { kind: 'translation', lang: 'ru', slug: '', from: 'content/docs/en/guides/health.md' },
];

describe('npm run new', () => {
  it('scaffolds every kind so that it passes the check as it is, with warnings only', async () => {
    const root = await fixtureSite();
    const written: string[] = [];
    for (const request of requests) {
      const result = scaffold(request, {
        today: new Date(),
        clinicIds: ['test-clinic'],
        readSource: (path) => (existsSync(join(root, path)) ? readFileSync(join(root, path), 'utf8') : undefined),
      });
      await mkdir(dirname(join(root, result.path)), { recursive: true });
      await writeFile(join(root, result.path), result.text);
      written.push(result.path);
    }
    expect(written).toEqual([
      'content/countries/pl.yaml',
      'content/clinics/krakow-clinic.yaml',
      'content/docs/en/guides/new-guide.mdx',
      'content/docs/en/toolkits/new-toolkit.mdx',
      'content/docs/en/countries/pl.mdx',
      'content/docs/ru/guides/health.md',
    ]);
    const diagnostics = await checkContent({ root });
    expect(diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic)).toEqual([]);
    // Every page to fill in says so; the translation, a copy of its original, is complete.
    for (const path of written.slice(1, 5)) expect(diagnostics.some((d) => d.file === path && d.severity === 'warning'), path).toBe(true);
  });

  it('records the hash of the original in a translation', async () => {
    const root = await fixtureSite();
    const source = await readFile(join(root, 'content/docs/en/guides/health.md'), 'utf8');
    const result = scaffold(
      { kind: 'translation', lang: 'fr', slug: '', from: 'en/guides/health' },
      { today: new Date(), clinicIds: [], readSource: (path) => (path === 'content/docs/en/guides/health.md' ? source : undefined) },
    );
    expect(result.text).toContain(`translationOf:\n  source: en/guides/health\n  sourceHash: "${contentHash(splitFrontmatter(source).body)}"`);
  });

  it('explains what is missing', () => {
    const context = { today: new Date(), clinicIds: ['c'], readSource: () => undefined };
    expect(() => scaffold({ kind: 'factsheet', lang: 'en', slug: '' }, context)).toThrow(new ScaffoldError('Give the country as its two-letter ISO code in lower case, for example --country it.'));
    expect(() => scaffold({ kind: 'translation', lang: 'fr', slug: '', from: 'en/nothing' }, context)).toThrow(/There is no page at content\/docs\/en\/nothing.mdx or content\/docs\/en\/nothing.md/);
  });

  it('runs without asking when given --yes, prints the path, and refuses to overwrite', async () => {
    const root = await fixtureSite();
    const node = join(projectRoot, 'node_modules', '.bin', 'node');
    const script = join(projectRoot, 'scripts', 'new.ts');
    const first = await run(node, [script, 'guide', '--lang', 'en', '--slug', 'from-cli', '--yes'], { cwd: root });
    expect(first.stdout.trim()).toBe('content/docs/en/guides/from-cli.mdx');
    const again = await run(node, [script, 'guide', '--lang', 'en', '--slug', 'from-cli', '--yes'], { cwd: root }).catch((e: { stderr: string; code: number }) => e);
    expect(again).toMatchObject({ code: 1, stderr: 'content/docs/en/guides/from-cli.mdx already exists. Edit it, or choose another --slug.\n' });
    const missing = await run(node, [script, 'factsheet', '--lang', 'en', '--yes'], { cwd: root }).catch((e: { stderr: string; code: number }) => e);
    expect(missing).toMatchObject({ code: 1, stderr: 'Give the country with --country, as its two-letter code in lower case, for example --country it.\n' });
  });
});
