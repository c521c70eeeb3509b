/**
 * Runs the Astro command line (`node scripts/astro.ts build`) with its telemetry off. Astro
 * otherwise reports usage from every contributor's and maintainer's machine; an environment
 * variable set here works on Windows too, where `VAR=1 astro` in package.json would not.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { telemetryOff } from '../src/lib/telemetry.ts';

const cli = join(import.meta.dirname, '..', 'node_modules', 'astro', 'bin', 'astro.mjs');
const child = spawn(process.execPath, [cli, ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, ...telemetryOff } });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
