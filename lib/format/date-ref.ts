import type { DateRef } from '../data/schema';
import type { Locale } from '../i18n/locales';
import { translator } from '../i18n/messages';
import { formatPart } from './date';

// Apart from date.ts because of its words (messages): client code formats dates with date.ts.

/**
 * "20 January 2026", "March 2024", "2024", "January 2009 – August 2024", "16 January [2026]",
 * "date not given" (a message: "তারিখ দেওয়া নেই", "дата не указана").
 */
export function formatDateRef(ref: DateRef, locale: Locale = 'en'): string {
  if (ref.precision === 'none') return translator(locale, 'Date')('notGiven');
  const fromContext = ref.yearFromContext !== undefined;
  const start = formatPart(ref.date, ref.precision, fromContext, locale);
  return ref.end ? `${start} – ${formatPart(ref.end, ref.precision, fromContext, locale)}` : start;
}

/** The note for any text that shows a bracketed year. */
export function yearFromContextNote(locale: Locale = 'en'): string {
  return translator(locale, 'Date')('yearFromContext');
}
