/**
 * Characters that do not show but change how text reads: direction overrides can make
 * "exe.pdf" look like "fdp.exe", and zero-width characters make two identical-looking titles,
 * addresses or search words differ. Arabic and Persian pages need no direction marks in their
 * text: the site sets the direction with markup.
 *
 * The zero-width joiner and non-joiner (U+200D, U+200C) are allowed in text: Persian spelling and
 * many scripts need them. They are refused in web addresses, where nothing needs them.
 */
const invisibleInText: ReadonlyMap<number, string> = new Map([
  [0x00ad, 'SOFT HYPHEN'],
  [0x061c, 'ARABIC LETTER MARK'],
  [0x180e, 'MONGOLIAN VOWEL SEPARATOR'],
  [0x200b, 'ZERO WIDTH SPACE'],
  [0x200e, 'LEFT-TO-RIGHT MARK'],
  [0x200f, 'RIGHT-TO-LEFT MARK'],
  [0x202a, 'LEFT-TO-RIGHT EMBEDDING'],
  [0x202b, 'RIGHT-TO-LEFT EMBEDDING'],
  [0x202c, 'POP DIRECTIONAL FORMATTING'],
  [0x202d, 'LEFT-TO-RIGHT OVERRIDE'],
  [0x202e, 'RIGHT-TO-LEFT OVERRIDE'],
  [0x2060, 'WORD JOINER'],
  [0x2061, 'FUNCTION APPLICATION'],
  [0x2062, 'INVISIBLE TIMES'],
  [0x2063, 'INVISIBLE SEPARATOR'],
  [0x2064, 'INVISIBLE PLUS'],
  [0x2066, 'LEFT-TO-RIGHT ISOLATE'],
  [0x2067, 'RIGHT-TO-LEFT ISOLATE'],
  [0x2068, 'FIRST STRONG ISOLATE'],
  [0x2069, 'POP DIRECTIONAL ISOLATE'],
  [0xfeff, 'ZERO WIDTH NO-BREAK SPACE (BYTE ORDER MARK)'],
  [0xfff9, 'INTERLINEAR ANNOTATION ANCHOR'],
  [0xfffa, 'INTERLINEAR ANNOTATION SEPARATOR'],
  [0xfffb, 'INTERLINEAR ANNOTATION TERMINATOR'],
]);

const invisibleInAddresses: ReadonlyMap<number, string> = new Map([
  ...invisibleInText,
  [0x200c, 'ZERO WIDTH NON-JOINER'],
  [0x200d, 'ZERO WIDTH JOINER'],
]);

export interface InvisibleCharacter {
  /** `U+202E RIGHT-TO-LEFT OVERRIDE`. */
  name: string;
  /** Index in the text, in UTF-16 code units. */
  index: number;
}

/** Control characters other than tab and line breaks have no place in content. */
function controlCharacterName(code: number): string | undefined {
  if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f || (code >= 0x80 && code < 0xa0)) {
    return 'CONTROL CHARACTER';
  }
  return undefined;
}

/** The first invisible character in the text, if any. */
export function findInvisibleCharacter(text: string, where: 'text' | 'address' = 'text'): InvisibleCharacter | undefined {
  const names = where === 'address' ? invisibleInAddresses : invisibleInText;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const name = names.get(code) ?? controlCharacterName(code);
    if (name) return { name: `U+${code.toString(16).toUpperCase().padStart(4, '0')} ${name}`, index };
  }
  return undefined;
}

/** The sentence a student reads: which character, and how to get rid of it. */
export function invisibleCharacterMessage(character: InvisibleCharacter): string {
  return `There is an invisible character here, ${character.name}, which can make text read differently from how it looks. Delete it: retype the words around it, or paste them as plain text. The site sets the direction of Arabic and other right-to-left text by itself.`;
}
