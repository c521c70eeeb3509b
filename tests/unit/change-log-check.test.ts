import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/tooling/check-content.ts';
import { formatDiagnostic } from '../../src/lib/content/diagnostic.ts';

const projectRoot = join(import.meta.dirname, '..', '..');
const temporary: string[] = [];
afterAll(() => Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true }))));

const countryFile = 'content/countries/it.yaml';
/** A researched cell: refugees' medical care in Italy, "full" in the project's data. */
const cellLevel = /(  refugee:\n    medical-care:\n      level: )full/;

/** The project's content in a new git repository of its own, with one commit. */
async function repositoryCopy(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'atlas-changes-'));
  temporary.push(root);
  await cp(join(projectRoot, 'content'), join(root, 'content'), { recursive: true });
  git(root, 'init', '-q');
  commitAll(root, 'content as on main');
  return root;
}

function git(root: string, ...args: string[]): string {
  return execFileSync('git', ['-C', root, '-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], { encoding: 'utf8' });
}

function commitAll(root: string, message: string): void {
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', message);
}

async function editCountry(root: string, edit: (text: string) => string): Promise<void> {
  const path = join(root, countryFile);
  const before = await readFile(path, 'utf8');
  const after = edit(before);
  expect(after).not.toBe(before);
  await writeFile(path, after);
}

const changeLogWarnings = async (root: string) =>
  (await checkContent({ root })).filter((d) => d.message.includes('no new entry under "changes"')).map(formatDiagnostic);

describe('npm run check: a changed cell needs a change-log entry', () => {
  it('warns, at the cell, when a level changes in the working copy without a new entry', async () => {
    const root = await repositoryCopy();
    await editCountry(root, (text) => text.replace(cellLevel, '$1conditional'));
    const warnings = await changeLogWarnings(root);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^content\/countries\/it\.yaml:\d+:\d+  warning  The level of access\.refugee\.medical-care changed from "full" to "conditional"/);
    expect(warnings[0]).toContain('affects: [access.refugee.medical-care]');
    const line = Number(warnings[0]!.split(':')[1]);
    const lines = (await readFile(join(root, countryFile), 'utf8')).split('\n');
    expect(lines[line - 1]).toContain('level: conditional');
  });

  it('warns about changed conditions, and compares a committed change with the commit before', async () => {
    const root = await repositoryCopy();
    await editCountry(root, (text) => text.replace('Same rights and duties as Italian citizens once registered', 'The same rights as Italian citizens once registered'));
    commitAll(root, 'reword a condition');
    const warnings = await changeLogWarnings(root);
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings.every((w) => / The conditions of access\.[a-z-]+\.medical-care changed/.test(w))).toBe(true);
  });

  it('is satisfied by a new entry that names the cell, or its whole status', async () => {
    for (const affects of ['access.refugee.medical-care', 'access.refugee']) {
      const root = await repositoryCopy();
      await editCountry(root, (text) =>
        text
          .replace(cellLevel, '$1conditional')
          .replace('changes:\n', `changes:\n  - date: 2026-11-29\n    summary: Refugees' health care re-coded.\n    affects: [${affects}]\n`),
      );
      expect(await changeLogWarnings(root)).toEqual([]);
    }
  });

  it('does not accept an old entry as the announcement of a new change', async () => {
    const root = await repositoryCopy();
    // The seeded entry already lists access.refugee.medical-care: it describes an earlier change.
    expect(await readFile(join(root, countryFile), 'utf8')).toContain('- access.refugee.medical-care');
    await editCountry(root, (text) => text.replace(cellLevel, '$1emergency-only'));
    expect(await changeLogWarnings(root)).toHaveLength(1);
  });

  it('says nothing without git history, or without a commit before', async () => {
    const root = await repositoryCopy();
    await rm(join(root, '.git'), { recursive: true, force: true });
    await editCountry(root, (text) => text.replace(cellLevel, '$1conditional'));
    expect(await changeLogWarnings(root)).toEqual([]);

    const single = await repositoryCopy();
    // One commit and a clean copy: there is no previous commit to compare with.
    expect(await changeLogWarnings(single)).toEqual([]);
  });
});

describe('the revision to compare with', () => {
  it('accepts revision names and refuses what git would read as an option', async () => {
    const { changesBase } = await import('../../src/tooling/previous-countries.ts');
    expect(changesBase(undefined)).toBeUndefined();
    expect(changesBase('origin/main')).toBe('origin/main');
    expect(changesBase('HEAD~1')).toBe('HEAD~1');
    expect(() => changesBase('--output=/tmp/x')).toThrow(/not a git revision/);
    expect(() => changesBase('main; rm -rf /')).toThrow(/not a git revision/);
  });
});
