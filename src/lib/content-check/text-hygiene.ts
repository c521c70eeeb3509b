import { findInvisibleCharacter, type InvisibleCharacter } from '../../schemas/invisible-characters.ts';
import { isUnencryptedAddress } from '../../schemas/web-address.ts';

/**
 * The largest content files accepted. The longest fact sheet is about 30 KB: a page ten times
 * that is either pasted by mistake or meant to slow the build and the reader's phone.
 */
export const sizeLimits = {
  page: 256 * 1024,
  dataFile: 512 * 1024,
  uiStrings: 256 * 1024,
} as const;

export function sizeLimitMessage(bytes: number, limit: number, what: string): string {
  return `This file is ${Math.ceil(bytes / 1024)} KB; ${what} may be at most ${limit / 1024} KB. Split it into several pages, or remove what was pasted by mistake.`;
}

export interface DataFinding {
  path: (string | number)[];
  kind: 'invisible' | 'unencrypted';
  character?: InvisibleCharacter;
}

/**
 * Every string in a parsed YAML or JSON file, keys included, checked for invisible characters;
 * and web addresses (`url`, `website`) that use http://, for the warning.
 */
export function findTextProblems(data: unknown, path: (string | number)[] = []): DataFinding[] {
  if (typeof data === 'string') {
    const character = findInvisibleCharacter(data);
    const findings: DataFinding[] = character ? [{ path, kind: 'invisible', character }] : [];
    const key = path[path.length - 1];
    if ((key === 'url' || key === 'website') && isUnencryptedAddress(data)) findings.push({ path, kind: 'unencrypted' });
    return findings;
  }
  if (Array.isArray(data)) return data.flatMap((item, index) => findTextProblems(item, [...path, index]));
  if (data !== null && typeof data === 'object') {
    return Object.entries(data).flatMap(([key, value]) => {
      const character = findInvisibleCharacter(key);
      return [...(character ? [{ path: [...path, key], kind: 'invisible' as const, character }] : []), ...findTextProblems(value, [...path, key])];
    });
  }
  return [];
}

export function unencryptedAddressMessage(address: string): string {
  return `The address "${address}" starts with http://, so what a reader opens there travels unencrypted. If the website also works with https://, write that instead.`;
}
