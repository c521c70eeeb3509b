import type { Diagnostic } from '../../content/diagnostic.ts';
import type { YamlSource } from '../../content/yaml-source.ts';
import { idSchema, calendarDateSchema } from '../../../schemas/common.ts';
import { isReviewOverdue, reviewDue, reviewIntervalMonths } from '../../review-freshness.ts';
import { isoDay } from '../../dates.ts';
import { didYouMean } from '../../content/did-you-mean.ts';
import { error, fieldValue, positionIn, warning } from './report.ts';

/** Who reviewed a page or a country file, and whether that review is overdue. */

export function clinicReference(
  file: string,
  source: YamlSource,
  firstLine: number,
  clinicIds: ReadonlySet<string>,
  field: readonly string[] = ['reviewedBy'],
): Diagnostic[] {
  const id = fieldValue(source, field, idSchema);
  if (id === undefined || clinicIds.has(id)) return [];
  const { line, column } = positionIn(source, field, firstLine);
  const suggestion = didYouMean(id, [...clinicIds]);
  return [
    error(file, line, column, `"${field.join('.')}: ${id}" names no clinic.${suggestion ? ` Did you mean "${suggestion}"?` : ''} Use the name of a file in content/clinics/ without ".yaml" (${[...clinicIds].sort().join(', ')}).`),
  ];
}

/** A page or country whose review is older than the review interval: readers see a notice too. */
export function overdueReview(file: string, source: YamlSource, firstLine: number, today: Date): Diagnostic[] {
  const lastReviewed = fieldValue(source, ['lastReviewed'], calendarDateSchema);
  if (!lastReviewed || !isReviewOverdue(lastReviewed, today)) return [];
  const { line, column } = positionIn(source, ['lastReviewed'], firstLine);
  return [
    warning(file, line, column, `The last review (${isoDay(lastReviewed)}) is more than ${reviewIntervalMonths} months old: it was due on ${isoDay(reviewDue(lastReviewed))}. Ask the reviewing clinic to check the content against the current law, then update "lastReviewed".`),
  ];
}
