/**
 * Where the project's source lives. The Contribute page, the contributor guide and CODEOWNERS point
 * here; change it in package.json ("repository") if the project moves.
 */
export interface Repository {
  /** `https://github.com/owner/name` */
  url: string;
  branch: string;
}

/** Reads package.json's `repository` field, in either of npm's forms. */
export function repositoryFromPackage(pkg: { repository?: string | { url?: string } }, branch = 'main'): Repository | undefined {
  const raw = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  if (!raw) return undefined;
  const url = raw
    .replace(/^github:/, 'https://github.com/')
    .replace(/^git\+/, '')
    .replace(/^git@github\.com:/, 'https://github.com/')
    .replace(/\.git$/, '');
  return /^https:\/\//.test(url) ? { url, branch } : undefined;
}
