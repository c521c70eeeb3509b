import type { AtlasStringKey } from '../schemas/ui-strings.ts';
import type { PageKind } from '../schemas/vocab.ts';
import { pageKindTable } from '../schemas/page.ts';

export interface SiteSection {
  /** Path after the locale; '' is the locale's home page. */
  slug: string;
  label: AtlasStringKey;
  /** For sections that list pages: the kind they list and the intro shown above the list. */
  lists?: { kind: PageKind; intro: AtlasStringKey };
  /** A page written in content/docs; every other section is a route of src/pages. */
  fromContent?: true;
}

/** The whole navigation of the site. A section here is a page in every locale. */
export const siteSections: readonly SiteSection[] = [
  { slug: '', label: 'nav.home', fromContent: true },
  { slug: 'rights', label: 'nav.rights' },
  { slug: pageKindTable.guide.folder, label: 'nav.guides', lists: { kind: 'guide', intro: 'section.guides.intro' } },
  { slug: pageKindTable.toolkit.folder, label: 'nav.toolkits', lists: { kind: 'toolkit', intro: 'section.toolkits.intro' } },
  { slug: pageKindTable.factsheet.folder, label: 'nav.countries', lists: { kind: 'factsheet', intro: 'section.countries.intro' } },
  { slug: 'compare', label: 'nav.compare' },
  { slug: 'standards', label: 'nav.standards' },
  { slug: 'practices', label: 'nav.practices' },
  { slug: 'glossary', label: 'nav.glossary' },
  { slug: 'data', label: 'nav.data' },
  { slug: 'changes', label: 'nav.changes' },
  { slug: 'clinics', label: 'nav.clinics' },
  { slug: 'about', label: 'nav.about', fromContent: true },
];

/**
 * Pages for contributors, kept out of the readers' menu: the footer of every page and About link
 * the first, which links the others.
 */
export const contributorPages = { home: 'contribute', translations: 'contribute/translations' } as const;

/** Every page of a language, by section: where search leads without JavaScript. */
export const allPagesSlug = 'all-pages';

export const listingSections = siteSections.filter(
  (section): section is SiteSection & Required<Pick<SiteSection, 'lists'>> => section.lists !== undefined,
);
