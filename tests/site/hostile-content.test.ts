import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const projectRoot = join(import.meta.dirname, '..', '..');

describe('a hostile pull request', () => {
  let copy: string | undefined;
  afterAll(async () => {
    if (copy) await rm(copy, { recursive: true, force: true });
  });

  it('cannot run code while the site is built: the build stops at the content check', async () => {
    copy = await mkdtemp(join(tmpdir(), 'atlas-hostile-'));
    const marker = join(copy, 'stolen.txt');
    const { stdout } = await run('git', ['ls-files', '-z'], { cwd: projectRoot });
    for (const file of stdout.split('\0').filter(Boolean)) {
      await cp(join(projectRoot, file), join(copy, file), { recursive: true });
    }
    // Hard links: a copy of the dependencies that costs no disk and no time.
    await run('cp', ['-al', join(projectRoot, 'node_modules'), join(copy, 'node_modules')]);
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
    const build = await run(join(copy, 'node_modules/.bin/astro'), ['build'], { cwd: copy, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } }).then(
      () => ({ failed: false, output: '' }),
      (error: { stdout: string; stderr: string }) => ({ failed: true, output: `${error.stdout}\n${error.stderr}` }),
    );
    expect(build.failed).toBe(true);
    expect(build.output).toContain('content/docs/en/guides/hostile.mdx:5:1  error  Pages may not contain "import" or "export" lines');
    expect(build.output).toContain('content/docs/en/guides/hostile.mdx:8:7  error  Text in curly braces {…} is JavaScript');
    expect(existsSync(marker)).toBe(false);
    expect(existsSync(join(copy, 'dist', 'index.html'))).toBe(false);
  });
});
