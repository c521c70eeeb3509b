/**
 * The metadata field the site adds for search, and how much a match in each field lifts a page.
 * Shared by the pages that write it and the search dialog that ranks with it.
 */

/** A page's `keywords` from its frontmatter (src/components/PageTitle.astro). */
export const keywordsField = 'keywords';

/** Keywords are chosen by the clinic for this page: a match weighs like one in its title. */
export const searchMetaWeights: Record<string, number> = { title: 5, [keywordsField]: 5 };
