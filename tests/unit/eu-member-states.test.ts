import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { euMemberStates, isEuMemberState } from '../../src/schemas/eu-member-states.ts';
import { isCountryCode } from '../../src/schemas/country-codes.ts';

/**
 * The 27 Member States as the EU's "Country profiles" page names them
 * (https://european-union.europa.eu/principles-countries-history/country-profiles_en), written
 * out here by name so the list of codes is checked against something it was not made from.
 */
const memberStatesByName = [
  'Austria', 'Belgium', 'Bulgaria', 'Croatia', 'Cyprus', 'Czechia', 'Denmark', 'Estonia', 'Finland',
  'France', 'Germany', 'Greece', 'Hungary', 'Ireland', 'Italy', 'Latvia', 'Lithuania', 'Luxembourg',
  'Malta', 'Netherlands', 'Poland', 'Portugal', 'Romania', 'Slovakia', 'Slovenia', 'Spain', 'Sweden',
];

describe('EU Member States', () => {
  it('has the 27 Member States, each once, as valid ISO codes', () => {
    expect(euMemberStates).toHaveLength(27);
    expect(new Set(euMemberStates).size).toBe(27);
    for (const code of euMemberStates) expect(isCountryCode(code), code).toBe(true);
    const names = new Intl.DisplayNames(['en'], { type: 'region' });
    expect(euMemberStates.map((code) => names.of(code.toUpperCase())).sort()).toEqual(memberStatesByName);
  });

  it('knows members from neighbours that only apply some EU rules', () => {
    for (const code of ['fr', 'it', 'de', 'es', 'hr', 'gr', 'dk', 'ie']) expect(isEuMemberState(code), code).toBe(true);
    // Left the EU, EEA and Switzerland, a candidate, territories with their own codes, and the EU's
    // own abbreviations that are not ISO codes ("el" Greece, "uk").
    for (const code of ['gb', 'ch', 'no', 'is', 'li', 'rs', 'gl', 'fo', 'el', 'uk', 'FR', '']) expect(isEuMemberState(code), code).toBe(false);
  });

  it('needs nothing but the list of ISO codes, so schemas and scripts can import it', () => {
    const source = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'schemas', 'eu-member-states.ts'), 'utf8');
    const imports = [...source.matchAll(/^\s*import\b[^;]*?from\s+'([^']+)'/gm)].map((match) => match[1]);
    expect(imports).toEqual(['./country-codes.ts']);
  });
});
