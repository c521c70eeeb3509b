import type { CountryCode } from './country-codes.ts';

/**
 * The 27 Member States of the European Union, as ISO 3166-1 alpha-2 codes (Greece is "gr",
 * not the EU's own "el").
 *
 * Legal source: the Treaty on European Union, Article 52(1), names the Member States. Its
 * consolidated text still lists the United Kingdom, which left on 1 February 2020 under
 * Article 50 TEU, so the current list is the EU's official "Country profiles" page:
 * https://european-union.europa.eu/principles-countries-history/country-profiles_en
 * Change this list only when a State joins or leaves, citing the accession or withdrawal treaty.
 *
 * Only the States themselves: territories with an ISO code of their own are not listed, whether
 * inside the EU (Réunion "re", an outermost region of France) or outside it (Greenland "gl",
 * the Faroe Islands "fo"). How EU law reaches them is for their country file to say, with sources.
 */
export const euMemberStates = [
  'at', 'be', 'bg', 'cy', 'cz', 'de', 'dk', 'ee', 'es', 'fi', 'fr', 'gr', 'hr', 'hu',
  'ie', 'it', 'lt', 'lu', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'se', 'si', 'sk',
] as const satisfies readonly CountryCode[];

export type EuMemberState = (typeof euMemberStates)[number];

const members: ReadonlySet<string> = new Set(euMemberStates);

/** Whether `code` (lower case) is a Member State of the European Union today. */
export function isEuMemberState(code: string): code is EuMemberState {
  return members.has(code);
}
