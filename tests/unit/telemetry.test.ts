import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const projectRoot = join(import.meta.dirname, '..', '..');
const run = promisify(execFile);

describe('telemetry', () => {
  it('is off in every npm script that runs Astro: they go through scripts/astro.ts', async () => {
    const { scripts } = JSON.parse(await readFile(join(projectRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    const astroCommands = Object.entries(scripts).flatMap(([name, command]) =>
      command.split('&&').map((part) => [name, part.trim()] as const).filter(([, part]) => /(^|\/|\s)astro(\s|$)/.test(part) || part.includes('astro.ts')),
    );
    expect(astroCommands.length).toBeGreaterThanOrEqual(4);
    for (const [name, part] of astroCommands) expect(part, name).toMatch(/^node scripts\/astro\.ts /);
  });

  it('is turned off by the wrapper, which passes ASTRO_TELEMETRY_DISABLED to Astro', async () => {
    const wrapper = await readFile(join(projectRoot, 'scripts', 'astro.ts'), 'utf8');
    expect(wrapper).toContain('...telemetryOff');
    const { telemetryOff } = await import('../../src/lib/telemetry.ts');
    expect(telemetryOff).toEqual({ ASTRO_TELEMETRY_DISABLED: '1' });
    // Astro's own telemetry reads exactly this variable.
    const telemetrySource = await readFile(join(projectRoot, 'node_modules', '@astrojs', 'telemetry', 'dist', 'index.js'), 'utf8');
    expect(telemetrySource).toContain('ASTRO_TELEMETRY_DISABLED');
  });

  it('leaves the wrapper able to run Astro', async () => {
    const { stdout } = await run(process.execPath, [join(projectRoot, 'scripts', 'astro.ts'), '--version'], { cwd: projectRoot });
    expect(stdout).toMatch(/\d+\.\d+\.\d+/);
  });
});
