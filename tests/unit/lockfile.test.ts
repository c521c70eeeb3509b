import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { completeLockfile, missingOptionalPackages, type Lockfile } from '../../src/tooling/lockfile.ts';

describe('the lock file', () => {
  it('records every optional platform package, so `npm ci` accepts it (run scripts/complete-lockfile.ts)', () => {
    const lock = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'package-lock.json'), 'utf8')) as Lockfile;
    expect(missingOptionalPackages(lock)).toEqual([]);
  });

  it('adds a missing platform package as optional, at the top level, once', () => {
    const lock: Lockfile = {
      packages: {
        '': {},
        'node_modules/tool': { version: '1.0.0', optionalDependencies: { 'tool-linux': '1.0.0', 'tool-mac': '1.0.0' } },
        'node_modules/tool-linux': { version: '1.0.0', optional: true },
        'node_modules/other/node_modules/tool': { version: '1.0.0', dev: true, optionalDependencies: { 'tool-mac': '1.0.0' } },
      },
    };
    expect(completeLockfile(lock)).toEqual(['tool-mac@1.0.0']);
    expect(lock.packages['node_modules/tool-mac']).toEqual({ version: '1.0.0', optional: true });
    expect(completeLockfile(lock)).toEqual([]);
  });
});
