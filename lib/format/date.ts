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

function formatPart(date: string, precision: 'day' | 'month' | 'year'): string {
  if (precision === 'day') return formatIsoDay(date);
  if (precision === 'month') return monthFormat.format(startOfIsoDate(date));
  return date;
}

/** "20 January 2026", "March 2024", "2024", "January 2009 – August 2024", "date not given". */
export function formatDateRef(ref: DateRef): string {
  if (ref.precision === 'none') return DATE_NOT_GIVEN;
  const start = formatPart(ref.date, ref.precision);
  return ref.end ? `${start} – ${formatPart(ref.end, ref.precision)}` : start;
}

/** Axis ticks: "Jan 2026". */
export function formatShortMonth(time: number): string {
  return shortMonthFormat.format(new Date(time));
}
