/** Run after `npm install` changes dependencies: records the platform packages npm left out. */
import { readFileSync, writeFileSync } from 'node:fs';
import { completeLockfile, type Lockfile } from '../src/tooling/lockfile.ts';

const path = 'package-lock.json';
const lock = JSON.parse(readFileSync(path, 'utf8')) as Lockfile;
const added = completeLockfile(lock);
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(added.length === 0 ? 'package-lock.json is complete.' : `Recorded ${added.length} optional packages:\n  ${added.join('\n  ')}`);
