/**
 * npm leaves out of package-lock.json the platform packages it could not fetch while locking
 * (some registry mirrors hold only some platforms), and `npm ci` then refuses the lock file
 * everywhere with "Missing: <package>@ from lock file". Recording each such package by name
 * and version, as optional, lets `npm ci` skip it on platforms that do not need it.
 */
interface LockEntry {
  version?: string;
  dev?: boolean;
  optional?: boolean;
  optionalDependencies?: Record<string, string>;
}

export interface Lockfile {
  packages: Record<string, LockEntry>;
}

/** Where Node would look for `name` from the package at `key` (its own folder, then upwards). */
function resolutionPaths(key: string, name: string): string[] {
  const paths: string[] = [];
  let base = key;
  for (;;) {
    paths.push(base ? `${base}/node_modules/${name}` : `node_modules/${name}`);
    const parent = base.lastIndexOf('/node_modules/');
    if (parent < 0) {
      if (base) paths.push(`node_modules/${name}`);
      return paths;
    }
    base = base.slice(0, parent);
  }
}

/** The optional dependencies that have no entry where Node would find them. */
export function missingOptionalPackages(lock: Lockfile): { name: string; version: string; dev: boolean }[] {
  const missing = new Map<string, { name: string; version: string; dev: boolean }>();
  for (const [key, entry] of Object.entries(lock.packages)) {
    for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
      if (resolutionPaths(key, name).some((path) => path in lock.packages)) continue;
      // A package is a dev package only if everything that needs it is.
      const dev = entry.dev === true && (missing.get(name)?.dev ?? true);
      missing.set(name, { name, version, dev });
    }
  }
  return [...missing.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** Adds the missing optional packages to the lock file and returns what it added. */
export function completeLockfile(lock: Lockfile): string[] {
  const missing = missingOptionalPackages(lock);
  for (const { name, version, dev } of missing) {
    lock.packages[`node_modules/${name}`] = { version, ...(dev ? { dev: true } : {}), optional: true };
  }
  return missing.map(({ name, version }) => `${name}@${version}`);
}
