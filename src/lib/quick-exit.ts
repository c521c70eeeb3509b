/**
 * Where "Leave this site quickly" goes: a busy, neutral page that gives nothing away about what
 * the reader was looking at. Change it here and only here.
 */
export const quickExitUrl = 'https://www.bbc.com/weather';

/** Pressing Escape this many times within `quickExitWindowMs` leaves the site too. */
export const quickExitPresses = 3;
export const quickExitWindowMs = 1500;
