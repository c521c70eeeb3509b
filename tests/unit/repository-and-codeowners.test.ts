import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repositoryFromPackage } from '../../src/lib/repository.ts';
import { codeowners } from '../../src/lib/codeowners.ts';
import { codeownersFor } from '../../scripts/codeowners-input.ts';

const projectRoot = join(import.meta.dirname, '..', '..');

describe('repository', () => {
  it('reads every form npm allows for "repository"', () => {
    const expected = { url: 'https://github.com/org/atlas', branch: 'main' };
    expect(repositoryFromPackage({ repository: 'github:org/atlas' })).toEqual(expected);
    expect(repositoryFromPackage({ repository: { url: 'git+https://github.com/org/atlas.git' } })).toEqual(expected);
    expect(repositoryFromPackage({ repository: 'git@github.com:org/atlas.git' })).toEqual(expected);
    expect(repositoryFromPackage({})).toBeUndefined();
  });
});

describe('CODEOWNERS', () => {
  it('gives each country’s files to its clinic’s team, and says which clinics have none yet', () => {
    const text = codeowners({
      maintainers: '@org/maintainers',
      countries: [
        { code: 'it', reviewedBy: 'turin' },
        { code: 'de', reviewedBy: 'berlin' },
      ],
      clinics: new Map([
        ['turin', { github: '@org/turin-clinic' }],
        ['berlin', {}],
      ]),
    });
    expect(text).toContain('* @org/maintainers\n');
    expect(text).toContain('/content/countries/it.yaml @org/maintainers @org/turin-clinic\n');
    expect(text).toContain('/content/docs/*/countries/it.mdx @org/maintainers @org/turin-clinic\n');
    expect(text).toContain('# de: berlin has no GitHub team yet (add "github:" to content/clinics/berlin.yaml).');
  });

  it('is up to date with the content (run `npm run codeowners` after changing clinics or countries)', async () => {
    const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
    expect(readFileSync(join(projectRoot, '.github', 'CODEOWNERS'), 'utf8')).toBe(await codeownersFor(projectRoot, pkg));
  });
});
