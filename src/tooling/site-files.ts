import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Every file of a built site, as a path under its root with forward slashes, in a stable order. */
export async function siteFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** Every built HTML page, as a path under the site root, in a stable order. */
export async function htmlPages(root: string): Promise<string[]> {
  return (await readdir(root, { recursive: true }))
    .map((path) => path.split('\\').join('/'))
    .filter((path) => path.endsWith('.html') && !path.startsWith('pagefind/'))
    .sort();
}
