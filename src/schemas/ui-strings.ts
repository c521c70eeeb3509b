import { z } from 'astro/zod';
import { accessLevels, audiences, branches, pageKinds, statuses } from './vocab.ts';

/**
 * The Atlas's own UI strings, on top of Starlight's. Every key is required in every locale:
 * a missing string would show English in the middle of an Arabic page.
 */
const fixedKeys = [
  'site.title',
  'site.tagline',
  'chooser.prompt',
  'nav.label',
  'nav.home',
  'nav.guides',
  'nav.toolkits',
  'nav.countries',
  'nav.about',
  'section.guides.intro',
  'section.toolkits.intro',
  'section.countries.intro',
  'section.empty',
  'section.inEnglish',
  'review.heading',
  'review.reviewedBy',
  'review.validAsOf',
  'review.sources',
  'review.sample',
  'page.kind',
  'page.country',
  'page.audience',
  'page.statuses',
  'page.branches',
  'nav.contribute',
  'notice.outdatedTranslation',
  'notice.readCurrentOriginal',
  'notice.reviewOverdue',
  'contribute.translations.title',
  'contribute.translations.intro',
  'contribute.translations.howTo',
  'contribute.column.page',
  'contribute.column.total',
  'contribute.state.up-to-date',
  'contribute.state.outdated',
  'contribute.state.missing',
  'contribute.summary',
] as const;

const vocabularyKeys = [
  ...pageKinds.map((k) => `kind.${k}` as const),
  ...statuses.map((s) => `status.${s}` as const),
  ...branches.map((b) => `branch.${b}` as const),
  ...accessLevels.map((l) => `level.${l}` as const),
  ...audiences.map((a) => `audience.${a}` as const),
];

export const atlasStringKeys = [...fixedKeys, ...vocabularyKeys] as const;
export type AtlasStringKey = (typeof atlasStringKeys)[number];

const nonEmpty = z.string().min(1);

export const atlasStringsSchema = z.object(
  Object.fromEntries(atlasStringKeys.map((key) => [key, nonEmpty])) as Record<AtlasStringKey, typeof nonEmpty>,
);

/**
 * Starlight's and Pagefind's strings that we require in every locale. Starlight ships some
 * languages without them, which leaves Pagefind saying "N results for" in English.
 */
export const requiredStarlightKeys = [
  'skipLink.label',
  'search.label',
  'search.ctrlKey',
  'search.cancelLabel',
  'search.devWarning',
  'themeSelect.accessibleLabel',
  'themeSelect.dark',
  'themeSelect.light',
  'themeSelect.auto',
  'languageSelect.accessibleLabel',
  'menuButton.accessibleLabel',
  'sidebarNav.accessibleLabel',
  'tableOfContents.onThisPage',
  'tableOfContents.overview',
  'i18n.untranslatedContent',
  'page.editLink',
  'page.lastUpdated',
  'page.previousLink',
  'page.nextLink',
  'page.draft',
  '404.text',
  'aside.note',
  'aside.tip',
  'aside.caution',
  'aside.danger',
  'heading.anchorLabel',
  'pagefind.clear_search',
  'pagefind.load_more',
  'pagefind.search_label',
  'pagefind.filters_label',
  'pagefind.zero_results',
  'pagefind.many_results',
  'pagefind.one_result',
  'pagefind.alt_search',
  'pagefind.search_suggestion',
  'pagefind.searching',
] as const;

export const requiredStarlightStringsSchema = z.object(
  Object.fromEntries(requiredStarlightKeys.map((key) => [key, nonEmpty])) as Record<
    (typeof requiredStarlightKeys)[number],
    typeof nonEmpty
  >,
);

/** A complete locale file: all of Starlight's strings we use, and all of ours. */
export const uiStringsSchema = z.strictObject({
  ...requiredStarlightStringsSchema.shape,
  ...atlasStringsSchema.shape,
});

export type UiStrings = z.infer<typeof uiStringsSchema>;
