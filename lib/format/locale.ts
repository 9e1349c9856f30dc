/**
 * One locale and one time zone for every figure and date, on the server, in
 * the browser, in CSVs and in images, so that output never depends on the
 * machine that made it.
 */
export const LOCALE = 'en-GB';
export const TIME_ZONE = 'UTC';
