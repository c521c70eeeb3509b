import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { cliticBreak } from '../../src/lib/clitic-breaks.ts';

export const distDir = join(import.meta.dirname, '..', '..', 'dist');

/** Fails early with the fix, rather than with a hundred confusing test failures. */
export function assertBuilt(): void {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error('dist/ is missing: run `npm run build` first (npm test does it for you).');
  }
}

/** Paths of every HTML page in dist/, relative and with forward slashes, e.g. `fr/guides/x/index.html`. */
export async function builtPages(): Promise<string[]> {
  const entries = await readdir(distDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(distDir, join(e.parentPath, e.name)).split(sep).join('/'))
    .filter((path) => !path.startsWith('pagefind/'))
    .sort();
}

/**
 * A built page as readers get it: without the hidden word breaks put after elisions and Arabic
 * clitics for the search index (src/lib/clitic-breaks.ts), which no reader sees, so tests can look
 * for sentences as they are written.
 */
export async function readPage(path: string): Promise<string> {
  return withoutIndexBreaks(await readFile(join(distDir, path), 'utf8'));
}

export function withoutIndexBreaks(html: string): string {
  return html.replaceAll(cliticBreak, '');
}
