/**
 * Pages share a trimmed stylesheet by section, in every language: all guides load one file, all
 * fact sheets another. A reader moving between guides downloads it once; a guide does not carry
 * the rules of comparison tables or maps. Arabic and English guides share theirs, so it keeps
 * the right-to-left rules too.
 */
export function styleGroupOf(path: string, localeCodes: readonly string[]): string {
  const parts = path.replace(/^\/+/, '').replace(/(^|\/)index\.html$/, '').replace(/\.html$/, '').split('/').filter(Boolean);
  if (parts.length > 0 && localeCodes.includes(parts[0]!)) parts.shift();
  return (parts[0] ?? 'home').replace(/[^a-z0-9-]/gi, '-').toLowerCase();
}
