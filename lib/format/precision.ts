import type { PrintedPrecision } from '../data/printed-figure';
import type { Locale } from '../i18n/locales';
import { translator } from '../i18n/messages';

const fractions = ['', 'tenths', 'hundredths', 'thousandths'];

/**
 * How finely the source prints a figure, in words: "whole number" (2,777),
 * "to tenths" (95.8%), "whole billions" ($32bn), "millions, to tenths"
 * (10.5mn). A figure the source states with no qualifier is still only as
 * precise as it is printed; this says how precise that is.
 */
export function formatPrintedPrecision(precision: PrintedPrecision, locale: Locale = 'en'): string {
  const t = translator(locale, 'Precision');
  const fraction = fractions[precision.decimals] ?? 'finer';
  if (precision.scale) {
    return precision.decimals === 0
      ? t('wholeScale', { scale: precision.scale })
      : t('scaleFraction', { scale: precision.scale, fraction });
  }
  if (precision.decimals > 0) return t('fraction', { fraction });
  return t('whole', { inWords: precision.inWords ? 'yes' : 'no' });
}
