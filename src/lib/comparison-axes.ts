import { branches, statuses, type Branch, type Status } from '../schemas/vocab.ts';

/**
 * A comparison fixes one axis of the access matrix and lays the other out as columns: one
 * residence status across every branch, or one branch across every status. Both are described
 * here once; one route (src/pages/[locale]/compare/[axis]/[value].astro) and one CSV route serve both.
 */
export const comparisonAxes = ['status', 'branch'] as const;
export type ComparisonAxis = (typeof comparisonAxes)[number];

/** One comparison page: the axis it fixes and the value it fixes it at. */
export type Comparison = { axis: 'status'; value: Status } | { axis: 'branch'; value: Branch };

/** Every comparison: one page, and one CSV, each. */
export function comparisons(): Comparison[] {
  return [...statuses.map((value) => ({ axis: 'status' as const, value })), ...branches.map((value) => ({ axis: 'branch' as const, value }))];
}
