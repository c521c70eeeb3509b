import { lstat, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Folders that are made by tools, not written by people: their names are not ours to check. */
const generated: ReadonlySet<string> = new Set(['node_modules', '.git', 'dist', '.astro', '.cache', '.vite', 'coverage']);

/**
 * Every file under `folder` (relative to `root`), hidden and "_" files included: a contribution
 * can hide something in a file that other listings skip. Links are listed by listLinks(). Paths are relative to `root`, with
 * forward slashes, sorted.
 */
export async function listAllFiles(root: string, folder = '.'): Promise<string[]> {
  const found: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (entry.isDirectory()) {
        // Only the project's own generated folders are passed over, never one inside content or
        // public/ (public/dist/ would be published like any other folder).
        if (!(dir === root && generated.has(entry.name))) await walk(join(dir, entry.name));
      } else if (entry.isFile()) {
        found.push(relative(root, join(dir, entry.name)).split(sep).join('/'));
      }
    }
  };
  await walk(join(root, folder));
  return found.sort();
}

/**
 * Symbolic links under `folder`: a link makes the build read, compile or publish the file it
 * points at, which may be anywhere on the machine, under a name the checks trust.
 */
export async function listLinks(root: string, folder: string): Promise<string[]> {
  // The folder itself may be the link: then everything in it is somewhere else.
  if ((await lstat(join(root, folder)).catch(() => undefined))?.isSymbolicLink()) return [folder];
  const entries = await readdir(join(root, folder), { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isSymbolicLink())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}
