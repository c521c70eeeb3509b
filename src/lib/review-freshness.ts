/**
 * How long a review stays valid. Law changes; after this many months a page tells readers it
 * may be out of date and the content check warns its clinic. Change it here and only here.
 */
export const reviewIntervalMonths = 12;

/** The day a page's next review is due: `reviewIntervalMonths` after its last review. */
export function reviewDue(lastReviewed: Date, intervalMonths = reviewIntervalMonths): Date {
  const due = new Date(lastReviewed.getTime());
  const day = due.getUTCDate();
  due.setUTCDate(1);
  due.setUTCMonth(due.getUTCMonth() + intervalMonths);
  // 29 February plus twelve months is 28 February, not 1 March.
  const lastDay = new Date(Date.UTC(due.getUTCFullYear(), due.getUTCMonth() + 1, 0)).getUTCDate();
  due.setUTCDate(Math.min(day, lastDay));
  return due;
}

/** True when the review is overdue on `today`. */
export function isReviewOverdue(lastReviewed: Date, today: Date = new Date(), intervalMonths = reviewIntervalMonths): boolean {
  return reviewDue(lastReviewed, intervalMonths).getTime() < today.getTime();
}
