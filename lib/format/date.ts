import type { DateRef } from '../data/schema';
import type { Locale } from '../i18n/locales';
import { intlLocale, TIME_ZONE } from './locale';

const styles = {
  day: { day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  year: { year: 'numeric' },
  shortMonth: { month: 'short', year: 'numeric' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

const formats = new Map<string, Intl.DateTimeFormat>();

/** One Intl format per language and style, made once: "20 January 2026", "২০ জানুয়ারি, ২০২৬". */
function dateFormat(style: keyof typeof styles, locale: Locale): Intl.DateTimeFormat {
  const key = `${locale}:${style}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(locale), { ...styles[style], timeZone: TIME_ZONE });
    formats.set(key, format);
  }
  return format;
}

/** Midnight UTC of the first day the partial ISO date covers ("2024-03" → 1 March 2024). */
export function startOfIsoDate(date: string): Date {
  const [year = '1970', month = '01', day = '01'] = date.split('-');
  return new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
}

/** "20 January 2026", "২০ জানুয়ারি, ২০২৬", "20 января 2026 г." */
export function formatIsoDay(date: string, locale: Locale = 'en'): string {
  return formatPart(date, 'day', false, locale);
}

/**
 * One date to its precision. A year read from context rather than printed is
 * bracketed, "16 January [2026]": square brackets are the editors' mark for
 * words they supply, and the claim and event pages say where it comes from.
 */
export function formatPart(
  date: string,
  precision: 'day' | 'month' | 'year',
  yearFromContext: boolean,
  locale: Locale,
) {
  return dateFormat(precision, locale)
    .formatToParts(startOfIsoDate(date))
    .map((part) => (part.type === 'year' && yearFromContext ? `[${part.value}]` : part.value))
    .join('');
}

/** Whether a date shows a year in brackets, so that a note must say what the brackets mean. */
export const hasYearFromContext = (ref: DateRef) =>
  ref.precision !== 'none' && ref.yearFromContext !== undefined;

/** Axis ticks: "Jan 2026". */
export function formatShortMonth(time: number, locale: Locale = 'en'): string {
  return dateFormat('shortMonth', locale).format(new Date(time));
}
