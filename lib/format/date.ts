import type { DateRef } from '../data/schema';
import { LOCALE, TIME_ZONE } from './locale';

export const DATE_NOT_GIVEN = 'date not given';

const dayFormat = new Intl.DateTimeFormat(LOCALE, {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: TIME_ZONE,
});
const monthFormat = new Intl.DateTimeFormat(LOCALE, {
  month: 'long',
  year: 'numeric',
  timeZone: TIME_ZONE,
});
const yearFormat = new Intl.DateTimeFormat(LOCALE, { year: 'numeric', timeZone: TIME_ZONE });
const shortMonthFormat = new Intl.DateTimeFormat(LOCALE, {
  month: 'short',
  year: 'numeric',
  timeZone: TIME_ZONE,
});

/** Midnight UTC of the first day the partial ISO date covers ("2024-03" → 1 March 2024). */
export function startOfIsoDate(date: string): Date {
  const [year = '1970', month = '01', day = '01'] = date.split('-');
  return new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
}

/** "20 January 2026" */
export function formatIsoDay(date: string): string {
  return dayFormat.format(startOfIsoDate(date));
}

/**
 * One date to its precision. A year read from context rather than printed is
 * bracketed, "16 January [2026]": square brackets are the editors' mark for
 * words they supply, and the claim and event pages say where it comes from.
 */
function formatPart(date: string, precision: 'day' | 'month' | 'year', yearFromContext: boolean) {
  const format = precision === 'day' ? dayFormat : precision === 'month' ? monthFormat : yearFormat;
  return format
    .formatToParts(startOfIsoDate(date))
    .map((part) => (part.type === 'year' && yearFromContext ? `[${part.value}]` : part.value))
    .join('');
}

/** "20 January 2026", "March 2024", "2024", "January 2009 – August 2024", "16 January [2026]", "date not given". */
export function formatDateRef(ref: DateRef): string {
  if (ref.precision === 'none') return DATE_NOT_GIVEN;
  const fromContext = ref.yearFromContext !== undefined;
  const start = formatPart(ref.date, ref.precision, fromContext);
  return ref.end ? `${start} – ${formatPart(ref.end, ref.precision, fromContext)}` : start;
}

/** Whether a date shows a year in brackets, so that a note must say what the brackets mean. */
export const hasYearFromContext = (ref: DateRef) =>
  ref.precision !== 'none' && ref.yearFromContext !== undefined;

/** The note for any text that shows a bracketed year. */
export const YEAR_FROM_CONTEXT_NOTE =
  'A year in square brackets is not printed beside the date: the article gives it in context.';

/** Axis ticks: "Jan 2026". */
export function formatShortMonth(time: number): string {
  return shortMonthFormat.format(new Date(time));
}
