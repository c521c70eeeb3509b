import { createHash } from 'node:crypto';

/**
 * The fingerprint of a page's text (its body, after the frontmatter) that a translation records
 * in `translationOf.sourceHash`. Only the text counts: a new review date in the frontmatter
 * does not make translations outdated. Line endings and surrounding blank lines are
 * normalised, so a Windows editor saving the same text changes nothing.
 */
export function contentHash(body: string): string {
  const normalised = body.replace(/\r\n?/g, '\n').trim();
  return createHash('sha256').update(normalised, 'utf8').digest('hex').slice(0, 16);
}
