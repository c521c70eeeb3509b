import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/tooling/check-content.ts';
import { formatDiagnostic } from '../../src/lib/content/diagnostic.ts';
import { applyHostileCase, hostileCases } from '../support/hostile-corpus.ts';

const projectRoot = join(import.meta.dirname, '..', '..');
const cases = await hostileCases();
const temporary: string[] = [];
let base = '';

/** A small valid site: the check fixture, with the project's clinics, countries and UI strings. */
beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'atlas-hostile-base-'));
  temporary.push(base);
  await cp(join(import.meta.dirname, '..', 'fixtures', 'content-check', 'valid'), base, { recursive: true });
  for (const folder of ['content/clinics', 'content/countries', 'content/i18n']) {
    await cp(join(projectRoot, folder), join(base, folder), { recursive: true });
  }
  await cp(join(projectRoot, 'public', 'favicon.svg'), join(base, 'public', 'favicon.svg'));
});

afterAll(() => Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true }))));

describe('the hostile corpus', () => {
  it('has at least 40 cases, covering pages, countries, clinics, UI strings and public files', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    for (const area of ['content/docs/', 'content/countries/', 'content/clinics/', 'content/i18n/', 'public/']) {
      expect(cases.filter((hostile) => hostile.file.startsWith(area)).length, area).toBeGreaterThanOrEqual(4);
    }
  });

  it('starts from a tree the check finds nothing wrong with', async () => {
    const errors = (await checkContent({ root: base })).filter((d) => d.severity === 'error');
    expect(errors.map(formatDiagnostic)).toEqual([]);
  });

  it.each(cases.map((hostile) => [hostile.name, hostile] as const))('refuses %s, naming the file', async (_name, hostile) => {
    const root = await mkdtemp(join(tmpdir(), `atlas-hostile-${hostile.name}-`));
    temporary.push(root);
    await cp(base, root, { recursive: true });
    await applyHostileCase(root, hostile);
    const errors = (await checkContent({ root })).filter((d) => d.severity === 'error');
    const named = errors.filter((d) => d.file === hostile.file);
    expect(named.length, `${hostile.about}\nNo error names ${hostile.file}. All errors:\n${errors.map(formatDiagnostic).join('\n')}`).toBeGreaterThan(0);
    expect(named.map((d) => d.message).join('\n'), hostile.about).toContain(hostile.message);
  });
});
