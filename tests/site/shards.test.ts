/**
 * A build sharded by language (ATLAS_LOCALES) and joined by `npm run merge` must give the site a
 * full build gives: the same files, byte for byte. Build stamps (a build time, a random id) would
 * be listed here, with why they differ; the site has none, so the list is empty and every byte
 * is compared.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, distDir } from '../support/dist.ts';
import { buildEnvironment, projectRoot } from '../support/project-copy.ts';
import { telemetryOff } from '../../src/lib/telemetry.ts';
import { localeCodes } from '../../src/locales.ts';

const run = promisify(execFile);

/** Files allowed to differ between a full build and merged shards, with the reason. None so far. */
const buildStamps: ReadonlyMap<string, string> = new Map();

const shards = { rtl: ['ar', 'fa'], rest: localeCodes.filter((code) => code !== 'ar' && code !== 'fa') };

async function filesOf(root: string): Promise<string[]> {
  return (await readdir(root, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(root.length + 1).split('\\').join('/'))
    .sort();
}

describe('a build sharded by language, then merged', () => {
  let work = '';
  const output: string[] = [];

  beforeAll(async () => {
    assertBuilt();
    work = await mkdtemp(join(tmpdir(), 'atlas-shards-'));
    for (const [name, locales] of Object.entries(shards)) {
      // The same environment as the full build before it (SITE_URL included), PDFs from its cache.
      const { stdout } = await run(process.execPath, ['scripts/astro.ts', 'build', '--outDir', join(work, name)], {
        cwd: projectRoot,
        env: { ...buildEnvironment(), ...telemetryOff, ATLAS_LOCALES: locales.join(',') },
        maxBuffer: 64 * 1024 * 1024,
      });
      output.push(stdout);
    }
    const { stdout } = await run(process.execPath, ['scripts/merge.ts', '--out', join(work, 'merged'), join(work, 'rtl'), join(work, 'rest')], { cwd: projectRoot, env: buildEnvironment(), maxBuffer: 16 * 1024 * 1024 });
    output.push(stdout);
  }, 900_000);

  it('builds only its languages, and the pages of no language', async () => {
    const folders = (await readdir(join(work, 'rtl'), { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    expect(folders.filter((name) => (localeCodes as string[]).includes(name)).sort()).toEqual(['ar', 'fa']);
    for (const neutral of ['index.html', '404.html', 'data/access-matrix.csv']) expect((await filesOf(join(work, 'rtl'))).includes(neutral), neutral).toBe(true);
    const entry = JSON.parse(await readFile(join(work, 'rtl', 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
    expect(Object.keys(entry.languages).sort()).toEqual(['ar', 'fa']);
    expect(output[0], 'the log says what the shard leaves to the merge').toMatch(/Shard of ar, fa: stylesheets and offline packs are finished by `npm run merge`/);
  });

  it('joins into the same files with the same bytes as a full build', async () => {
    const merged = join(work, 'merged');
    const [full, joined] = [await filesOf(distDir), await filesOf(merged)];
    expect(joined.filter((file) => !full.includes(file)), 'files only the merge made').toEqual([]);
    expect(full.filter((file) => !joined.includes(file)), 'files only the full build made').toEqual([]);
    const differing: string[] = [];
    for (const file of full) {
      if (buildStamps.has(file)) continue;
      if (!(await readFile(join(distDir, file))).equals(await readFile(join(merged, file)))) differing.push(file);
    }
    expect(differing, 'files whose bytes differ').toEqual([]);
    expect(full.length).toBeGreaterThan(1000);
  });
});
