import { rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCopy, copyProject } from '../support/project-copy.ts';

describe('a hostile pull request', () => {
  let copy: string | undefined;
  afterAll(async () => {
    if (copy) await rm(copy, { recursive: true, force: true });
  });

  it('cannot run code while the site is built: the build stops at the content check', async () => {
    copy = await copyProject('hostile');
    const marker = join(copy, 'stolen.txt');
    await writeFile(
      join(copy, 'content/docs/en/guides/hostile.mdx'),
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
    const build = await buildCopy(copy);
    expect(build.failed).toBe(true);
    expect(build.output).toContain('content/docs/en/guides/hostile.mdx:5:1  error  Pages may not contain "import" or "export" lines');
    expect(build.output).toContain('content/docs/en/guides/hostile.mdx:8:7  error  Text in curly braces {…} is JavaScript');
    expect(existsSync(marker)).toBe(false);
    expect(existsSync(join(copy, 'dist', 'index.html'))).toBe(false);
  });
});
