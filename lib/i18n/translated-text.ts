import type { Locale } from './locales';
import { formatNumber, formatYearNumber } from '../format/number';

/**
 * A translated field as the reader sees it: its number tokens (data/,
 * "Translations") formatted in the reader's language. `{n:95.8}` is a
 * number with the decimals it is written with, `{y:2024}` a year.
 */
export const NUMBER_TOKEN = /\{([ny]):(-?\d+(?:\.(\d+))?)\}/g;

export function renderTranslatedText(text: string, locale: Locale): string {
  return text.replace(
    NUMBER_TOKEN,
    (_, kind: string, value: string, decimals: string | undefined) =>
      kind === 'y'
        ? formatYearNumber(Number(value), locale)
        : formatNumber(Number(value), decimals?.length ?? 0, locale),
  );
}
