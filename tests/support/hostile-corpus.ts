import { appendFile, cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseDocument } from 'yaml';

export const corpusDir = join(import.meta.dirname, '..', 'fixtures', 'hostile');

export interface HostileCase {
  name: string;
  about: string;
  file: string;
  message: string;
  edit?: { from: string; to: string; set: [(string | number)[], unknown][] };
  copy?: { from: string; to: string };
  pad?: { file: string; bytes: number };
}

/** Every case of tests/fixtures/hostile (see its README). */
export async function hostileCases(): Promise<HostileCase[]> {
  const names = (await readdir(corpusDir, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  return Promise.all(
    names.sort().map(async (name) => ({ name, ...(JSON.parse(await readFile(join(corpusDir, name, 'case.json'), 'utf8')) as Omit<HostileCase, 'name'>) })),
  );
}

/** Lays one case over a project tree at `root`. */
export async function applyHostileCase(root: string, hostile: HostileCase): Promise<void> {
  const files = join(corpusDir, hostile.name, 'files');
  if (existsSync(files)) await cp(files, root, { recursive: true });
  if (hostile.edit) await editCopy(root, hostile.edit);
  if (hostile.copy) await cp(join(root, hostile.copy.from), join(root, hostile.copy.to));
  if (hostile.pad) await pad(join(root, hostile.pad.file), hostile.pad.bytes);
}

async function editCopy(root: string, edit: NonNullable<HostileCase['edit']>): Promise<void> {
  const text = await readFile(join(root, edit.from), 'utf8');
  let edited: string;
  if (edit.from.endsWith('.json')) {
    const data = JSON.parse(text) as Record<string, unknown>;
    // UI-string files are flat: each path is one key.
    for (const [path, value] of edit.set) data[String(path[0])] = value;
    edited = `${JSON.stringify(data, null, 2)}\n`;
  } else {
    const document = parseDocument(text);
    for (const [path, value] of edit.set) document.setIn(path, value);
    edited = document.toString();
  }
  await mkdir(dirname(join(root, edit.to)), { recursive: true });
  await writeFile(join(root, edit.to), edited);
}

/** More bytes of whatever the file can hold without becoming invalid in another way. */
async function pad(file: string, bytes: number): Promise<void> {
  if (/\.mdx?$/.test(file)) await appendFile(file, '\nFiller text for a page that is far too long.\n'.repeat(Math.ceil(bytes / 46)));
  else if (/\.ya?ml$/.test(file)) await appendFile(file, '\n# filler comment for a file that is far too long\n'.repeat(Math.ceil(bytes / 50)));
  else await appendFile(file, Buffer.alloc(bytes));
}
