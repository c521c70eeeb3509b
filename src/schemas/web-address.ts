import { z } from 'astro/zod';
import { findInvisibleCharacter, invisibleCharacterMessage } from './invisible-characters.ts';

/**
 * Every web address in content (sources, institutions' and clinics' websites) is read the way a
 * browser reads it, by the WHATWG URL parser, so an address cannot mean one thing to the check
 * and another to the reader's browser. It becomes an attribute in every language's pages, so
 * characters that could end the attribute or hide where it leads are refused outright.
 */
export function webAddressProblem(text: string): string | undefined {
  const invisible = findInvisibleCharacter(text, 'address');
  if (invisible) return invisibleCharacterMessage(invisible);
  if (/\s/.test(text)) {
    return `The web address "${text.trim()}" contains a space or a line break. Copy the address again from the browser's address bar; a space inside it is written %20.`;
  }
  const odd = /["'<>`\\{}|^]/.exec(text);
  if (odd) {
    return `The web address "${text}" contains the character ${odd[0]}, which a web address never holds as it is. Copy the address again from the browser's address bar.`;
  }
  if (!/^https?:\/\//i.test(text)) {
    return `"${text}" is not a full web address. Write it as it appears in the browser's address bar, starting with https://.`;
  }
  if (!/^https?:\/\/[^/?#]/i.test(text)) return `The web address "${text}" names no website after "//". Copy it again from the browser's address bar.`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return `"${text}" is not a web address that a browser can open. Copy it again from the browser's address bar.`;
  }
  if (url.hostname === '') return `The web address "${text}" names no website after "//". Copy it again from the browser's address bar.`;
  if (url.username !== '' || url.password !== '') {
    return `The web address "${text}" has a name or password before "@", which can disguise where the link leads. Write the address of the page itself, starting with https:// and the website's name.`;
  }
  return undefined;
}

/** `http://` sends what a reader looks at unencrypted: allowed, but the check warns. */
export function isUnencryptedAddress(text: string): boolean {
  return /^http:\/\//i.test(text);
}

export const webAddressSchema = z
  .string()
  .superRefine((value, context) => {
    const problem = webAddressProblem(value);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  })
  .describe('A full web address, starting with https:// (http:// is accepted with a warning).');
