import { practiceActors, practiceThemes, type PracticeActor, type PracticeTheme } from '../../schemas/practice.ts';
import type { PracticeFacet } from '../../lib/practice-facets.ts';
import { countryName } from '../../lib/country-names.ts';

type Label = (key: `theme.${PracticeTheme}` | `actor.${PracticeActor}`) => string;

const isTheme = (value: string): value is PracticeTheme => (practiceThemes as readonly string[]).includes(value);
const isActor = (value: string): value is PracticeActor => (practiceActors as readonly string[]).includes(value);

/** A filter value in the reader's language: a theme, an actor, or a country's name. */
export function facetLabel(label: Label, lang: string, facet: PracticeFacet, value: string): string {
  if (facet === 'country') return countryName(value, lang);
  if (facet === 'theme' && isTheme(value)) return label(`theme.${value}`);
  if (facet === 'actor' && isActor(value)) return label(`actor.${value}`);
  return value;
}
