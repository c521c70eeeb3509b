import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { countryCodes, countryCodeHints, isCountryCode } from '../../src/schemas/country-codes.ts';

const require = createRequire(import.meta.url);
const upstream = require('i18n-iso-countries') as { getAlpha2Codes(): Record<string, string> };

describe('the list of country codes', () => {
  it('is the same as the maintained list it was copied from', () => {
    const expected = Object.keys(upstream.getAlpha2Codes())
      .map((code) => code.toLowerCase())
      .sort();
    expect([...countryCodes]).toEqual(expected);
  });

  it('hints only for codes that are not valid themselves, towards codes that are', () => {
    for (const [wrong, right] of Object.entries(countryCodeHints)) {
      expect(isCountryCode(wrong), wrong).toBe(false);
      expect(isCountryCode(right), right).toBe(true);
    }
  });
});
