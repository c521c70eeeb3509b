/**
 * Names of content and public files become addresses, and clones land on macOS and Windows,
 * where "Guide.md" and "guide.md" are one file. So names are lower-case words joined by
 * hyphens, and no two names differ only in case.
 */

export interface NameFinding {
  /** The file the finding is about, relative to the project root. */
  file: string;
  message: string;
}

const namePart = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * `content/...` and `public/...` paths (relative to the root, forward slashes) whose folder or
 * file names break the rule. UI-string files are named by their language tag (`zh-CN.json`).
 */
export function findBadNames(paths: readonly string[], uiStringFileNames: ReadonlySet<string>): NameFinding[] {
  const findings: NameFinding[] = [];
  for (const path of paths) {
    if (/^content\/i18n\/[^/]+$/.test(path) && uiStringFileNames.has(path.slice('content/i18n/'.length))) continue;
    const segments = path.split('/').slice(1);
    const fileName = segments.pop() ?? '';
    const dot = fileName.indexOf('.');
    // A leading "_" marks a content file that is not published (the loader skips it).
    const stem = (dot < 0 ? fileName : fileName.slice(0, dot)).replace(/^_/, '');
    const extension = dot < 0 ? '' : fileName.slice(dot + 1);
    const bad = [...segments.map((segment) => ({ name: segment, ok: namePart.test(segment) })), { name: fileName, ok: namePart.test(stem) && /^[a-z0-9]+(\.[a-z0-9]+)*$/.test(extension) }].find(
      (part) => !part.ok,
    );
    if (bad) {
      findings.push({
        file: path,
        message: `The name "${bad.name}" may use only lower-case letters, digits and hyphens (no capitals, spaces, accents or underscores), for example "${suggestName(bad.name)}". Rename it: names become web addresses, and capitals clash on Windows and macOS.`,
      });
    }
  }
  return findings;
}

/** What a student probably meant: "Health Care_EN.MD" → "health-care-en.md". */
export function suggestName(name: string): string {
  const dot = name.indexOf('.');
  const [stem, extension] = dot < 0 ? [name, ''] : [name.slice(0, dot), name.slice(dot)];
  const clean = stem
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${clean || 'page'}${extension.toLowerCase()}`;
}

/** Paths that are the same file on a case-insensitive disk: every one of them is named. */
export function findCaseCollisions(paths: readonly string[]): NameFinding[] {
  const byFolded = new Map<string, string[]>();
  for (const path of paths) {
    const folded = path.normalize('NFC').toLowerCase();
    byFolded.set(folded, [...(byFolded.get(folded) ?? []), path]);
  }
  return [...byFolded.values()]
    .filter((group) => group.length > 1)
    .flatMap((group) =>
      group.map((path) => ({
        file: path,
        message: `This name differs from ${group
          .filter((other) => other !== path)
          .map((other) => `"${other}"`)
          .join(' and ')} only in capital letters. On Windows and macOS they are the same file, and only one of them would be published. Keep one and delete or rename the other.`,
      })),
    );
}
