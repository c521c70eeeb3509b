import { parseCalendarDay } from '../../schemas/common.ts';
import { reviewDue } from '../review-freshness.ts';
import { isoDay } from '../dates.ts';
import type { ContentRecord } from '../content-check/page-records.ts';

export interface ReviewItem {
  path: string;
  lastReviewed: Date;
  due: Date;
  overdue: boolean;
}

/** Reviewed content grouped by the clinic that reviews it, the soonest due first. */
export function reviewSchedule(records: readonly ContentRecord[], today: Date): Map<string, ReviewItem[]> {
  const byClinic = new Map<string, ReviewItem[]>();
  for (const record of records) {
    const clinic = record.data['reviewedBy'];
    const raw = record.data['lastReviewed'];
    const lastReviewed = raw instanceof Date ? raw : typeof raw === 'string' ? parseCalendarDay(raw) : undefined;
    if (typeof clinic !== 'string' || !lastReviewed) continue;
    const due = reviewDue(lastReviewed);
    const items = byClinic.get(clinic) ?? [];
    items.push({ path: record.path, lastReviewed, due, overdue: due.getTime() < today.getTime() });
    byClinic.set(clinic, items);
  }
  for (const items of byClinic.values()) items.sort((a, b) => a.due.getTime() - b.due.getTime() || a.path.localeCompare(b.path));
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
