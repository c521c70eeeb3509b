/**
 * The metadata field the site adds for search, and how much a match in each field lifts a page.
 * Shared by the pages that write it and the search dialog that ranks with it.
 */

/** A page's `keywords` from its frontmatter (src/components/PageTitle.astro). */
export const keywordsField = 'keywords';

/**
 * How search ranks pages (Pagefind's ranking options). Keywords are chosen by the clinic for the
 * page: a match weighs like one in its title. Long pages are not held back for their length
 * (pageLength 0): a fact sheet is long because it says much about its country, and without this
 * the short answers of the rights navigator, one per situation, pushed it out of the first results
 * for the country's own name.
 */
export const searchRanking = {
  metaWeights: { title: 5, [keywordsField]: 5 } as Record<string, number>,
  pageLength: 0,
};
