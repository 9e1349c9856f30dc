import type { Locale } from '../i18n/locales';
import { intlLocale } from './locale';

const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(locale: Locale, maximumFractionDigits: number, useGrouping: boolean) {
  const key = `${locale}:${maximumFractionDigits}:${useGrouping}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits, useGrouping });
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * "2,777", "10.5", "−3": grouped, at most `maximumFractionDigits` decimals
 * with trailing zeros dropped, and a real minus sign (U+2212) as newsrooms
 * print it rather than a hyphen. In Bangla, Bengali digits grouped in lakhs
 * and crores ("১,২৩,৪৫,৬৭৮"); in Russian, spaces and a decimal comma
 * ("12 345 678,5"), both as the language's CLDR data gives them.
 */
export function formatNumber(value: number, maximumFractionDigits = 2, locale: Locale = 'en') {
  const text = formatterFor(locale, maximumFractionDigits, true).format(value);
  return text.replace('-', '\u2212');
}

/** A year as a year, never grouped: "2024", "২০২৪". */
export function formatYearNumber(year: number, locale: Locale = 'en'): string {
  return formatterFor(locale, 0, false).format(year);
}
