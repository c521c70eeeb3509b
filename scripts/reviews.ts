/** `npm run reviews`: every reviewed page and country file by review due date, grouped by clinic. */
import { parse } from 'yaml';
import { readContent } from '../src/lib/content-check/read-content.ts';
import { countryRecords, pageRecords } from '../src/lib/content-check/page-records.ts';
import { formatReviewSchedule, reviewSchedule } from '../src/lib/reports/review-schedule.ts';
import { reviewIntervalMonths } from '../src/lib/review-freshness.ts';

const content = await readContent(process.cwd());
const clinicNames = new Map(
  content.clinics.map((clinic) => {
    const data = parse(clinic.text) as { name?: unknown } | null;
    return [clinic.id, typeof data?.name === 'string' ? data.name : clinic.id];
  }),
);
console.log(`Reviews are due ${reviewIntervalMonths} months after the last one.\n`);
console.log(formatReviewSchedule(reviewSchedule([...pageRecords(content), ...countryRecords(content)], new Date()), clinicNames));
