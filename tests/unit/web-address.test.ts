import { describe, expect, it } from 'vitest';
import { webAddressSchema, webAddressProblem, isUnencryptedAddress } from '../../src/schemas/web-address.ts';
import { countryCodeSchema } from '../../src/schemas/common.ts';
import { findInvisibleCharacter } from '../../src/schemas/invisible-characters.ts';

describe('web addresses in content', () => {
  it.each([
    'https://www.inps.it/it/it/inps-comunica.html',
    'https://eur-lex.europa.eu/eli/reg/2004/883/oj',
    'https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto.legislativo:1998-07-25;286',
    'http://www.example.org/',
    'https://xn--80ak6aa92e.com/',
  ])('accepts %s', (address) => {
    expect(webAddressProblem(address)).toBeUndefined();
    expect(webAddressSchema.safeParse(address).success).toBe(true);
  });

  it.each([
    ['a quote that ends the attribute', 'https://example.org/"><script>alert(1)</script>', 'contains the character "'],
    ['an angle bracket', 'https://example.org/<b>', 'contains the character <'],
    ['a single quote', "https://example.org/'onmouseover='x", "contains the character '"],
    ['a backslash', 'https://example.org\\@evil.example', 'contains the character \\'],
    ['a space', 'https://example.org/a b', 'contains a space or a line break'],
    ['a line break', 'https://example.org/a\nb', 'contains a space or a line break'],
    ['a tab inside the scheme', 'java\tscript:alert(1)', 'contains a space or a line break'],
    ['javascript:', 'javascript:alert(1)', 'is not a full web address'],
    ['data:', 'data:text/html,<b>x</b>', 'contains the character <'],
    ['a scheme without slashes', 'https:evil.example', 'is not a full web address'],
    ['a protocol-relative address', '//evil.example/', 'is not a full web address'],
    ['a relative path', '/en/guides/', 'is not a full web address'],
    ['a user name that disguises the host', 'https://www.inps.it@evil.example/', 'has a name or password before "@"'],
    ['no host', 'https:///path', 'names no website'],
    ['a right-to-left override', 'https://example.org/\u202Efdp.exe', 'U+202E RIGHT-TO-LEFT OVERRIDE'],
    ['a zero-width joiner', 'https://exa\u200Dmple.org/', 'U+200D ZERO WIDTH JOINER'],
    ['an ftp address', 'ftp://example.org/file', 'is not a full web address'],
  ])('refuses %s', (_case, address, message) => {
    expect(webAddressProblem(address)).toContain(message);
    expect(webAddressSchema.safeParse(address).success).toBe(false);
  });

  it('tells unencrypted addresses apart, for the warning', () => {
    expect(isUnencryptedAddress('http://example.org/')).toBe(true);
    expect(isUnencryptedAddress('HTTP://example.org/')).toBe(true);
    expect(isUnencryptedAddress('https://example.org/')).toBe(false);
  });
});

describe('country codes', () => {
  it.each(['it', 'de', 'es', 'gb', 'gr', 'ua', 'sy', 'af'])('accepts %s', (code) => {
    expect(countryCodeSchema.safeParse(code).success).toBe(true);
  });

  it.each([
    ['xx', 'Look the country up in the ISO 3166-1 list'],
    ['zz', 'Look the country up in the ISO 3166-1 list'],
    ['uk', 'the code for this country is "gb"'],
    ['el', 'the code for this country is "gr"'],
    ['fx', 'the code for this country is "fr"'],
  ])('refuses %s', (code, message) => {
    const result = countryCodeSchema.safeParse(code);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain(message);
  });

  it('refuses upper case and other lengths', () => {
    expect(countryCodeSchema.safeParse('IT').success).toBe(false);
    expect(countryCodeSchema.safeParse('ita').success).toBe(false);
  });
});

describe('invisible characters', () => {
  it('finds direction controls and zero-width characters, and names them', () => {
    expect(findInvisibleCharacter('Asylum\u202Egnikees')).toEqual({ name: 'U+202E RIGHT-TO-LEFT OVERRIDE', index: 6 });
    expect(findInvisibleCharacter('Asy\u200Blum')?.name).toBe('U+200B ZERO WIDTH SPACE');
    expect(findInvisibleCharacter('\u2066x\u2069')?.name).toBe('U+2066 LEFT-TO-RIGHT ISOLATE');
    expect(findInvisibleCharacter('\u200Fلجوء')?.name).toBe('U+200F RIGHT-TO-LEFT MARK');
    expect(findInvisibleCharacter('a\u0007b')?.name).toBe('U+0007 CONTROL CHARACTER');
  });

  it('leaves ordinary text alone, including the joiners Persian spelling needs', () => {
    expect(findInvisibleCharacter('می\u200Cخواهم')).toBeUndefined();
    expect(findInvisibleCharacter('Déclaration d’asile, 申请庇护, طلب اللجوء\tand\nlines')).toBeUndefined();
    expect(findInvisibleCharacter('می\u200Cخواهم', 'address')?.name).toBe('U+200C ZERO WIDTH NON-JOINER');
  });
});
