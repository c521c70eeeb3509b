import { z } from 'astro/zod';

/**
 * The shared vocabularies of the Atlas. Their readable labels live in the UI strings
 * (`content/i18n/<lang>.json`, keys such as `status.refugee`), so they are translated once.
 */

/** Who the rule is about. Kept to legal categories a clinic can verify, not self-descriptions. */
export const statuses = [
  'migrant-worker',
  'asylum-seeker',
  'refugee',
  'subsidiary-protection',
  'temporary-protection',
  'undocumented',
] as const;

/**
 * The nine branches of ILO Convention No. 102 (Social Security (Minimum Standards) Convention,
 * 1952, Parts II–X), plus social assistance, which C102 does not cover but migrants often need.
 */
export const branches = [
  'medical-care',
  'sickness',
  'unemployment',
  'old-age',
  'employment-injury',
  'family',
  'maternity',
  'invalidity',
  'survivors',
  'social-assistance',
] as const;

/**
 * How far a status gives access to a branch. `unknown` means "not yet researched": it must
 * never be read, or shown, as "no access".
 */
export const accessLevels = ['full', 'conditional', 'emergency-only', 'none', 'unknown'] as const;

export const pageKinds = ['guide', 'toolkit', 'factsheet', 'page'] as const;

export const audiences = [
  'migrants',
  'ngos',
  'trade-unions',
  'employers',
  'lawyers',
  'researchers',
] as const;

export const sourceTypes = [
  'convention',
  'eu-law',
  'national-law',
  'regulation',
  'case-law',
  'official-guidance',
  'official-website',
  'report',
] as const;

/** The ILO instruments every country file states its position on. */
export const conventions = ['C097', 'C102', 'C118', 'C143', 'C157', 'C189'] as const;

export const ratificationStatuses = ['ratified', 'not-ratified', 'denounced', 'unknown'] as const;
export type RatificationStatus = (typeof ratificationStatuses)[number];

export const statusSchema = z.enum(statuses);
export const branchSchema = z.enum(branches);
/**
 * The rubric (also /<lang>/compare/levels/ and CONTRIBUTING.md): each level compares a person of
 * a status with a national of the same country in the same situation.
 */
export const accessLevelSchema = z
  .enum(accessLevels)
  .describe(
    'full: the same terms as a national in the same situation, even where nationals too must meet conditions such as contributions; ' +
      'conditional: conditions nationals do not face (a permit, a residence period, a registration only foreigners need), or a smaller benefit; ' +
      'emergency-only: only urgent or essential care or help; none: excluded by law; unknown: not researched yet (never "no access").',
  );
export const pageKindSchema = z.enum(pageKinds);
export const audienceSchema = z.enum(audiences);
export const sourceTypeSchema = z.enum(sourceTypes);
export const conventionSchema = z.enum(conventions);
export const ratificationStatusSchema = z.enum(ratificationStatuses);

export type Status = z.infer<typeof statusSchema>;
export type Branch = z.infer<typeof branchSchema>;
export type AccessLevel = z.infer<typeof accessLevelSchema>;
export type PageKind = z.infer<typeof pageKindSchema>;
export type Audience = z.infer<typeof audienceSchema>;
export type Convention = z.infer<typeof conventionSchema>;
