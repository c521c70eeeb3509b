import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadContent } from './load-content.ts';
import { checkLayer } from '../lib/content-check/check-layer.ts';
import { codeowners, codeownersInput } from '../lib/codeowners.ts';
import { codeownersPath } from '../lib/content-check/rules/codeowners-rule.ts';
import type { ContentLayer } from '../lib/content/records.ts';
import { compareDiagnostics, type Diagnostic } from '../lib/content/diagnostic.ts';
import { unloggedCellChanges } from '../lib/content-check/rules/change-log-rules.ts';
import { previousCountries } from './previous-countries.ts';

export interface CheckContentOptions {
  /** The project root: the folder that holds `content/`. */
  root: string;
  /** The day reviews are judged against; today unless a test fixes it. */
  today?: Date;
}

/**
 * Loads the content of the project at `root` and checks it, comparing country files with git
 * history where there is one: what `npm run check` prints and
 * what stops the build. Returns the layer too, so a caller can say how many files were read.
 */
export async function checkProject({ root, today = new Date() }: CheckContentOptions): Promise<{ layer: ContentLayer; diagnostics: Diagnostic[] }> {
  const layer = await loadContent(root);
  const maintainers = await projectMaintainers(root);
  const expected = maintainers === undefined ? undefined : codeowners(codeownersInput(layer, maintainers));
  const actual = await readFile(join(root, codeownersPath), 'utf8').catch(() => undefined);
  const previous = await previousCountries(root, layer.countries);
  const changeLog = layer.countries.flatMap((record) => {
    const before = previous.get(record.id);
    return before ? unloggedCellChanges(record, before) : [];
  });
  const diagnostics = [...checkLayer(layer, { today, codeowners: expected === undefined ? undefined : { expected, actual } }), ...changeLog];
  return { layer, diagnostics: diagnostics.sort(compareDiagnostics) };
}

export async function checkContent(options: CheckContentOptions): Promise<Diagnostic[]> {
  return (await checkProject(options)).diagnostics;
}

/** The maintainers' team named in package.json (`atlas.maintainers`); a bare content folder has none. */
export async function projectMaintainers(root: string): Promise<string | undefined> {
  const text = await readFile(join(root, 'package.json'), 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  const pkg: unknown = JSON.parse(text);
  if (pkg === null || typeof pkg !== 'object' || !('atlas' in pkg)) return undefined;
  const atlas: unknown = pkg.atlas;
  return atlas !== null && typeof atlas === 'object' && 'maintainers' in atlas && typeof atlas.maintainers === 'string' ? atlas.maintainers : undefined;
}
