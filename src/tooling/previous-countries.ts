import { execFile } from 'node:child_process';
import { realpath } from 'node:fs/promises';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { parseCountry, type CountryRecord } from '../lib/content/records.ts';
import type { Country } from '../schemas/country.ts';

const run = promisify(execFile);

/**
 * Each country file as it was before the change being checked, from git, so the check can ask
 * for a change-log entry. "Before" is the last commit for a file with uncommitted edits (a
 * student's working copy), and the commit before that for a committed file (a pull request's
 * merge commit, or a branch just committed). `ATLAS_CHANGES_BASE` names another commit, such as
 * origin/main. Without git, or without that history (a shallow clone), the map is empty: the
 * check then says nothing rather than guess.
 */
export async function previousCountries(root: string, countries: readonly CountryRecord[]): Promise<Map<string, Country>> {
  const previous = new Map<string, Country>();
  if (!(await isRepositoryRoot(root))) return previous;
  const base = changesBase(process.env['ATLAS_CHANGES_BASE']);
  const edited = base ? new Set<string>() : await uncommittedPaths(root);
  for (const record of countries) {
    const revision = base ?? (edited.has(record.path) ? 'HEAD' : 'HEAD~1');
    const text = await git(root, ['show', `${revision}:${record.path}`]);
    if (text === undefined) continue;
    const data = parseCountry({ path: record.path, text, bytes: Buffer.byteLength(text) }).data;
    if (data) previous.set(record.id, data);
  }
  return previous;
}

/**
 * A revision name as git writes them (origin/main, HEAD~2, a commit hash), never something git
 * would read as an option.
 */
export function changesBase(value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (!/^[A-Za-z0-9][A-Za-z0-9._/~^@{}-]*$/.test(value)) throw new Error(`ATLAS_CHANGES_BASE="${value}" is not a git revision such as origin/main or a commit hash.`);
  return value;
}

/** Only the project's own repository: a content folder copied elsewhere has no history of its own. */
async function isRepositoryRoot(root: string): Promise<boolean> {
  const top = await git(root, ['rev-parse', '--show-toplevel']);
  if (top === undefined) return false;
  const [a, b] = await Promise.all([realpath(resolve(root)), realpath(top.trim()).catch(() => '')]);
  return a === b;
}

async function uncommittedPaths(root: string): Promise<Set<string>> {
  const output = (await git(root, ['diff', '--name-only', 'HEAD', '--', 'content/countries'])) ?? '';
  return new Set(output.split('\n').filter(Boolean));
}

async function git(root: string, args: string[]): Promise<string | undefined> {
  try {
    const { stdout } = await run('git', ['-C', root, ...args], { maxBuffer: 16 * 1024 * 1024 });
    return stdout;
  } catch {
    return undefined;
  }
}
