import { LOCALE } from './locale';

const formatters = new Map<number, Intl.NumberFormat>();

function formatterFor(maximumFractionDigits: number): Intl.NumberFormat {
  let formatter = formatters.get(maximumFractionDigits);
  if (!formatter) {
    formatter = new Intl.NumberFormat(LOCALE, { maximumFractionDigits, useGrouping: true });
    formatters.set(maximumFractionDigits, formatter);
  }
  return formatter;
}

/**
 * "2,777", "10.5", "−3": grouped, at most `maximumFractionDigits` decimals
 * with trailing zeros dropped, and a real minus sign (U+2212) as newsrooms
 * print it rather than a hyphen.
 */
export function formatNumber(value: number, maximumFractionDigits = 2): string {
  const text = formatterFor(maximumFractionDigits).format(value);
  return text.replace('-', '\u2212');
}
