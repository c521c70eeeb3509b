import { z } from 'astro/zod';
import { accessLevels, audiences, branches, conventions, pageKinds, ratificationStatuses, statuses } from './vocab.ts';
import { accessMatrixColumnNames, ratificationColumnNames } from './open-data.ts';

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
  'contribute.countryTexts.title',
  'contribute.countryTexts.intro',
  'contribute.countryTexts.cell',
  'nav.compare',
  'nav.standards',
  'nav.data',
  'factsheet.access.heading',
  'factsheet.access.intro',
  'factsheet.access.caption',
  'factsheet.access.details',
  'factsheet.access.inEnglish',
  'factsheet.access.machineTranslated',
  'factsheet.access.notResearched',
  'cell.conditions',
  'cell.waitingPeriod',
  'cell.legalBasis',
  'cell.sources',
  'cell.validAsOf',
  'factsheet.ratifications.heading',
  'factsheet.eu.heading',
  'factsheet.eu.applies',
  'factsheet.eu.notApplies',
  'factsheet.institutions.heading',
  'institution.helpsWith',
  'institution.website',
  'institution.phone',
  'institution.lastChecked',
  'compare.title',
  'compare.intro',
  'compare.byStatus',
  'compare.byBranch',
  'compare.sideBySide',
  'compare.sideBySide.intro',
  'compare.status.title',
  'compare.branch.title',
  'compare.countries.title',
  'compare.countries.chosen',
  'compare.countries.add',
  'compare.countries.remove',
  'compare.country',
  'compare.source',
  'compare.cellLink',
  'compare.legend',
  'levels.title',
  'levels.intro',
  'levels.link',
  'levels.recoded',
  'compare.download',
  'standards.title',
  'standards.intro',
  'standards.table',
  'standards.download',
  'data.title',
  'data.intro',
  'data.licence',
  'data.format',
  'data.files',
  'data.file.atlas',
  'data.file.matrix',
  'data.file.ratifications',
  'data.file.schema',
  'data.columns',
  'data.column.name',
  'data.column.meaning',
  'print.address',
  'print.printedOn',
  'print.scan',
  'quickExit.label',
  'pdf.download',
  'attachments.heading',
  'attachments.details',
  'contribute.title',
  'contribute.intro',
  'contribute.correct.heading',
  'contribute.correct.text',
  'contribute.guideLink',
  'contribute.filesLink',
  'contribute.translate.heading',
  'contribute.translate.text',
  'contribute.join.heading',
  'contribute.join.text',
  'contribute.footerLink',
  'notice.unreviewedTranslation',
  'notice.readOriginal',
  'search.filter',
  'search.filterAll',
  'search.filterActive',
  'allPages.title',
  'allPages.intro',
  'allPages.other',
  'factsheet.inShort.heading',
  'factsheet.inShort.intro',
  'factsheet.inShort.goTo',
  'factsheet.inShort.notResearched',
  'print.machineTranslated',
] as const;

const vocabularyKeys = [
  ...ratificationStatuses.map((r) => `ratification.${r}` as const),
  'ratification.convention',
  'ratification.status',
  'ratification.notes',
  ...[...conventions, 'R202' as const].flatMap((c) => [`convention.${c}.name` as const, `convention.${c}.summary` as const]),
  ...accessMatrixColumnNames.map((c) => `data.matrix.${c}` as const),
  ...ratificationColumnNames.map((c) => `data.ratifications.${c}` as const),
  ...pageKinds.map((k) => `kind.${k}` as const),
  ...statuses.map((s) => `status.${s}` as const),
  ...branches.map((b) => `branch.${b}` as const),
  ...accessLevels.map((l) => `level.${l}` as const),
  ...accessLevels.map((l) => `levels.${l}` as const),
  ...audiences.map((a) => `audience.${a}` as const),
] as const;

export const atlasStringKeys = [...fixedKeys, ...vocabularyKeys] as const;
export type AtlasStringKey = (typeof atlasStringKeys)[number];

/**
 * Interface texts are plain text, rendered escaped; "<" and ">" have no use in them and are how
 * markup would start, so they are refused outright. The content check also parses each text for
 * comments and character references (src/lib/content-check/ui-string-text.ts).
 */
const nonEmpty = z
  .string()
  .min(1)
  .refine((text) => !/[<>]/.test(text), {
    error: 'Interface texts are plain text: remove "<" and ">" (write the words, or use « » for quotes). The site adds links and formatting itself.',
  });

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
