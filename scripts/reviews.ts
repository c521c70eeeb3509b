/** `npm run reviews`: every reviewed page and country file by review due date, grouped by clinic. */
import { readContent } from '../src/lib/content-check/read-content.ts';
import { clinicData, countryRecords, pageRecords } from '../src/lib/content-check/page-records.ts';
import { formatReviewSchedule, reviewSchedule } from '../src/lib/reports/review-schedule.ts';
import { reviewIntervalMonths } from '../src/lib/review-freshness.ts';

const content = await readContent(process.cwd());
const clinicNames = new Map([...clinicData(content)].map(([id, data]) => [id, typeof data['name'] === 'string' ? data['name'] : id]));
console.log(`Reviews are due ${reviewIntervalMonths} months after the last one.\n`);
console.log(formatReviewSchedule(reviewSchedule([...pageRecords(content), ...countryRecords(content)], new Date()), clinicNames));
