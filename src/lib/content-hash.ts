import { createHash } from 'node:crypto';

/**
 * The fingerprint of a source page that a translation records in `translationOf.sourceHash`.
 * Line endings are normalised so that a Windows editor saving the same text changes nothing.
 */
export function contentHash(fileText: string): string {
  const normalised = fileText.replace(/\r\n?/g, '\n').trim();
  return createHash('sha256').update(normalised, 'utf8').digest('hex').slice(0, 16);
}
