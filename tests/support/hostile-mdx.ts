import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Adds content/docs/en/guides/hostile.mdx to the project at `root`: a page whose code, if any of
 * it ran, would write the environment to a marker file, once from an `export` line (line 5) and
 * once from text in curly braces (line 8, column 7). Resolves with the marker file's path, which
 * must never exist.
 */
export async function writeHostileMdxPage(root: string): Promise<string> {
  const marker = join(root, 'stolen.txt');
  await writeFile(
    join(root, 'content/docs/en/guides/hostile.mdx'),
    [
      '---',
      'title: Innocent',
      'kind: page',
      '---',
      "import { writeFileSync } from 'node:fs'",
      `export const leak = writeFileSync(${JSON.stringify(marker)}, JSON.stringify(process.env))`,
      '',
      `Hello {writeFileSync(${JSON.stringify(marker)}, 'again')}`,
      '',
    ].join('\n'),
  );
  return marker;
}
