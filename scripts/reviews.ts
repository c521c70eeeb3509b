/** `npm run reviews`: every reviewed page and country file by review due date, grouped by clinic. */
import { loadContent } from '../src/tooling/load-content.ts';
import { formatReviewSchedule, reviewSchedule, reviewedItems } from '../src/lib/reports/review-schedule.ts';
import { reviewIntervalMonths } from '../src/lib/review-freshness.ts';

const content = await loadContent(process.cwd());
const clinicNames = new Map(content.clinics.map((clinic) => [clinic.id, clinic.data?.name ?? clinic.id]));
console.log(`Reviews are due ${reviewIntervalMonths} months after the last one.\n`);
console.log(formatReviewSchedule(reviewSchedule(reviewedItems(content), new Date()), clinicNames));
