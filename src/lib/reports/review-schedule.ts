import { reviewDue } from '../review-freshness.ts';
import { isoDay } from '../dates.ts';
import { isReviewedPage } from '../../schemas/page.ts';
import type { ContentLayer } from '../content/records.ts';

/** Something a clinic reviews: a page or a country file, with its validated review facts. */
export interface Reviewed {
  path: string;
  reviewedBy: string;
  lastReviewed: Date;
}

export interface ReviewItem {
  path: string;
  lastReviewed: Date;
  due: Date;
  overdue: boolean;
}

/** Every reviewed page and country file of the content layer whose review facts are valid. */
export function reviewedItems(layer: Pick<ContentLayer, 'docs' | 'countries'>): Reviewed[] {
  return [
    ...layer.docs.flatMap((doc) => (doc.frontmatter && isReviewedPage(doc.frontmatter) ? [{ path: doc.path, reviewedBy: doc.frontmatter.reviewedBy, lastReviewed: doc.frontmatter.lastReviewed }] : [])),
    ...layer.countries.flatMap((country) => (country.data ? [{ path: country.path, reviewedBy: country.data.reviewedBy, lastReviewed: country.data.lastReviewed }] : [])),
  ];
}

/** Reviewed content grouped by the clinic that reviews it, the soonest due first. */
export function reviewSchedule(items: readonly Reviewed[], today: Date): Map<string, ReviewItem[]> {
  const byClinic = new Map<string, ReviewItem[]>();
  for (const { path, reviewedBy, lastReviewed } of items) {
    const due = reviewDue(lastReviewed);
    const list = byClinic.get(reviewedBy) ?? [];
    list.push({ path, lastReviewed, due, overdue: due.getTime() < today.getTime() });
    byClinic.set(reviewedBy, list);
  }
  for (const list of byClinic.values()) list.sort((a, b) => a.due.getTime() - b.due.getTime() || a.path.localeCompare(b.path));
  return new Map([...byClinic].sort(([a], [b]) => a.localeCompare(b)));
}

/** What `npm run reviews` prints. */
export function formatReviewSchedule(schedule: Map<string, ReviewItem[]>, clinicNames: ReadonlyMap<string, string>): string {
  const lines: string[] = [];
  for (const [clinic, items] of schedule) {
    lines.push(`${clinicNames.get(clinic) ?? clinic} (${clinic}): ${items.length} item${items.length === 1 ? '' : 's'}`);
    for (const item of items) {
      lines.push(`  due ${isoDay(item.due)}${item.overdue ? ' OVERDUE' : '        '}  ${item.path}  (last reviewed ${isoDay(item.lastReviewed)})`);
    }
    lines.push('');
  }
  return lines.length === 0 ? 'No reviewed content found.' : lines.join('\n').trimEnd();
}
