/**
 * Where we copy a Starlight component instead of wrapping its `Default`, the copy must stay
 * Starlight's installed file plus our changes, and those changes are stored as a patch next to
 * the copy (`src/components/Search.astro.patch`). This test applies the patch to the file
 * Starlight ships and expects our copy byte for byte, so a Starlight upgrade that touches a
 * copied file fails here instead of leaving us on an old copy without anyone noticing.
 *
 * When it fails: copy Starlight's new file over ours, re-apply the changes the patch lists (the
 * comment at the top of the copy says why each one is there), then regenerate the patch, e.g.
 *
 *   diff -u --label @astrojs/starlight/components/Search.astro --label src/components/Search.astro \
 *     node_modules/@astrojs/starlight/dist/components/Search.astro src/components/Search.astro \
 *     > src/components/Search.astro.patch
 *
 * (`diff` exits with status 1 when the files differ; that is expected.) The failure message
 * prints this command with the paths of the installed Starlight.
 *
 * To keep a copy of another Starlight component: first try wrapping `Default`; if a copy is
 * really needed, add one line to `copies` below and create its patch with the same command.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { applyPatch, createTwoFilesPatch, parsePatch, reversePatch } from 'diff';
import { describe, expect, it } from 'vitest';
import { generate, parse, walk } from 'css-tree';

const root = join(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);

interface StarlightCopy {
  /** The component as imported from Starlight, resolved through the package's exports. */
  upstream: `@astrojs/starlight/components/${string}.astro`;
  /** Our copy, from the repository root; its patch is the same path plus `.patch`. */
  copy: `src/components/${string}.astro`;
}

const search: StarlightCopy = { upstream: '@astrojs/starlight/components/Search.astro', copy: 'src/components/Search.astro' };

/** Every Starlight component we copy; another copy is one more entry here. */
const copies: StarlightCopy[] = [search];

// Starlight's exports leave out its package.json.
const starlightVersion = (
  JSON.parse(readFileSync(join(root, 'node_modules/@astrojs/starlight/package.json'), 'utf8')) as { version: string }
).version;

const read = (path: string) => readFileSync(path, 'utf8');
const installedPath = (copy: StarlightCopy) => relative(root, require.resolve(copy.upstream));

function regenerateCommand(copy: StarlightCopy): string {
  return `diff -u --label ${copy.upstream} --label ${copy.copy} ${installedPath(copy)} ${copy.copy} > ${copy.copy}.patch`;
}

/**
 * Why `copyText` is not `upstreamText` with `patchText` applied, as a sentence for whoever
 * upgrades Starlight; undefined when it is.
 */
export function copyDrift(copy: StarlightCopy, upstreamText: string, patchText: string, copyText: string): string | undefined {
  const patched = applyPatch(upstreamText, patchText);
  if (patched === copyText) return undefined;
  const name = copy.upstream.split('/').pop();
  const what =
    patched === false
      ? `our patch ${copy.copy}.patch no longer applies to it`
      : `applying our patch ${copy.copy}.patch to it no longer gives ${copy.copy}`;
  const where =
    patched === false
      ? ''
      : `\nWhere the patched file and our copy differ:\n${createTwoFilesPatch('Starlight + patch', copy.copy, patched, copyText, undefined, undefined, { context: 1 })
          .split('\n')
          .slice(0, 40)
          .join('\n')}`;
  return (
    `Starlight's ${name} changed (Starlight ${starlightVersion}, ${installedPath(copy)}): ${what}. ` +
    `Re-apply our changes (listed in ${copy.copy}.patch) to Starlight's new file, save it as ${copy.copy}, ` +
    `and regenerate the patch with:\n  ${regenerateCommand(copy)}\n` +
    `(If Starlight did not change, ${copy.copy} was edited without regenerating its patch: run the same command.)` +
    where
  );
}

describe('copies of Starlight components', () => {
  it.each(copies)('$copy is Starlight’s installed file plus its patch', (copy) => {
    const drift = copyDrift(copy, read(require.resolve(copy.upstream)), read(join(root, `${copy.copy}.patch`)), read(join(root, copy.copy)));
    if (drift) expect.fail(drift);
  });

  it('fail with instructions when Starlight’s file changes, inside or outside our changes', () => {
    const patch = read(join(root, `${search.copy}.patch`));
    const ours = read(join(root, search.copy));
    // Starlight's file as the patch was made from, rebuilt from our copy, so this test does not
    // fail along with the one above when the installed Starlight changes.
    const [forward] = parsePatch(patch);
    const upstream = forward && applyPatch(ours, reversePatch(forward));
    if (!upstream) return expect.fail(`${search.copy}.patch does not reverse onto ${search.copy}`);
    // Starlight rewords a line our patch changes: the patch cannot apply.
    const inPatchedLine = upstream.replace("aria-label={Astro.locals.t('search.label')}", "aria-label={Astro.locals.t('search.shortcutLabel')}");
    // Starlight changes a style our patch leaves alone: the patch applies, but the result is not our copy.
    const elsewhere = upstream.replace('gap: 0.5rem;', 'gap: 0.625rem;');
    for (const changed of [inPatchedLine, elsewhere]) {
      expect(changed).not.toBe(upstream);
      const drift = copyDrift(search, changed, patch, ours);
      expect(drift).toContain("Starlight's Search.astro changed");
      expect(drift).toContain(`> ${search.copy}.patch`);
    }
    expect(copyDrift(search, inPatchedLine, patch, ours)).toContain('no longer applies');
    expect(copyDrift(search, elsewhere, patch, ours)).toContain('gap: 0.625rem;');
  });

  it('are all listed here: no other component holds most of a Starlight component’s lines', () => {
    // Lines of 20 characters or more, trimmed: short lines (`}`, `---`, `display: flex;`) are
    // shared by unrelated components. A component styled after Starlight's shares a few
    // declarations (PageNotice.astro has half of ContentNotice.astro's 14); a copy has nearly all.
    const distinctLines = (text: string) => new Set(text.split('\n').map((line) => line.trim()).filter((line) => line.length >= 20));
    const starlightDir = join(require.resolve('@astrojs/starlight/components/Search.astro'), '..');
    const starlight = readdirSync(starlightDir)
      .filter((file) => file.endsWith('.astro'))
      .map((file) => ({ file, lines: distinctLines(read(join(starlightDir, file))) }))
      .filter(({ lines }) => lines.size >= 5);
    const listed = new Set<string>(copies.map(({ copy }) => copy));
    const unlisted = readdirSync(join(root, 'src/components'), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.astro'))
      .map((file) => `src/components/${file.replaceAll('\\', '/')}`)
      .filter((path) => !listed.has(path))
      .flatMap((path) => {
        const ours = distinctLines(read(join(root, path)));
        return starlight
          .filter(({ lines }) => [...lines].filter((line) => ours.has(line)).length / lines.size >= 0.8)
          .map(({ file }) => `${path} looks like a copy of Starlight's ${file}: wrap Default instead, or list it in tests/unit/starlight-copies.test.ts with its patch`);
      });
    expect(unlisted).toEqual([]);
  });
});

describe('the copy of Starlight’s light theme (src/styles/theme-without-script.css)', () => {
  /** Each declaration of the first rule whose selector matches, in order, as "property: value". */
  const declarations = (css: string, selector: RegExp): string[] => {
    const found: string[] = [];
    let done = false;
    walk(parse(css), {
      visit: 'Rule',
      enter(rule) {
        if (done || !selector.test(generate(rule.prelude))) return;
        done = true;
        walk(rule.block, { visit: 'Declaration', enter: (declaration) => found.push(`${declaration.property}: ${generate(declaration.value).replace(/\s+/g, " ").trim()}`) });
      },
    });
    return found;
  };

  it('holds exactly Starlight’s light colours, so it changes when Starlight’s do', () => {
    // props.css is not among Starlight's exports: it is found next to one that is.
    const props = readFileSync(join(require.resolve('@astrojs/starlight/style/markdown.css'), '..', 'props.css'), 'utf8');
    const ours = readFileSync(join(root, 'src/styles/theme-without-script.css'), 'utf8');
    const upstream = declarations(props, /^:root\[data-theme=['"]?light['"]?\]/);
    expect(upstream.length).toBeGreaterThan(20);
    expect(
      declarations(ours, /^:root$/).filter((line) => !line.startsWith('color-scheme')),
      'Starlight changed its light theme in style/props.css: copy its new light block into src/styles/theme-without-script.css.',
    ).toEqual(upstream);
  });
});
