import { splitFrontmatter } from '../content/frontmatter.ts';
import { parseBody, type BodyFormat } from '../content/parse-body.ts';
import { findUnsafeContent, type BodyFinding } from './mdx-safety.ts';

/**
 * The safety rules alone, on one page's file text: what must hold before the page is ever
 * compiled. Used where the whole content check cannot run, such as `astro dev`, which compiles
 * one file at a time. Lines are the file's own lines.
 */
export function findUnsafePage(fileText: string, format: BodyFormat): BodyFinding[] {
  const { body, bodyStartLine } = splitFrontmatter(fileText);
  const parsed = parseBody(body, format);
  const toFile = (line: number) => line + bodyStartLine - 1;
  if ('error' in parsed) return [{ ...parsed.error, line: toFile(parsed.error.line) }];
  return findUnsafeContent(parsed.tree).map((finding) => ({ ...finding, line: toFile(finding.line) }));
}
