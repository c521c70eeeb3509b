import { execFile } from 'node:child_process';
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { telemetryOff } from '../../src/lib/telemetry.ts';

const run = promisify(execFile);
export const projectRoot = join(import.meta.dirname, '..', '..');

/** What the test runner adds to the environment (Vitest sets NODE_ENV and import.meta.env's values). */
const testRunnerVariables = new Set(['NODE_ENV', 'TEST', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL']);

/**
 * The environment `npm run build` has: this process's, without what the test runner added.
 * With DEV and NODE_ENV=test, a build would render the pages as the dev server does.
 */
export function buildEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !testRunnerVariables.has(name) && !name.startsWith('VITEST')));
}

/**
 * A copy of the project's tracked files in a temporary folder, to build with changed content
 * without touching the real one. Dependencies are hard-linked: no disk, no time.
 */
export async function copyProject(name: string): Promise<string> {
  const copy = await mkdtemp(join(tmpdir(), `atlas-${name}-`));
  const { stdout } = await run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: projectRoot });
  for (const file of stdout.split('\0').filter(Boolean)) {
    await cp(join(projectRoot, file), join(copy, file), { recursive: true });
  }
  await run('cp', ['-al', join(projectRoot, 'node_modules'), join(copy, 'node_modules')]);
  return copy;
}

/** Runs `astro build` in a copy; resolves with whether it failed and what it printed. */
export async function buildCopy(copy: string): Promise<{ failed: boolean; output: string }> {
  return run(join(copy, 'node_modules/.bin/astro'), ['build'], {
    cwd: copy,
    // PDFs are tested on the real build; copies skip them to stay quick.
    // Copies are local builds: no public address, whatever the shell running the tests has set.
    env: { ...withoutSiteUrl(buildEnvironment()), ...telemetryOff, ATLAS_PDFS: 'off' },
    maxBuffer: 64 * 1024 * 1024,
  }).then(
    ({ stdout, stderr }) => ({ failed: false, output: `${stdout}\n${stderr}` }),
    (error: { stdout: string; stderr: string }) => ({ failed: true, output: `${error.stdout}\n${error.stderr}` }),
  );
}

function withoutSiteUrl(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { SITE_URL: _siteUrl, ...rest } = env;
  return rest;
}
