import type { Qualifier } from '../data/vocabulary';
import type { Locale } from '../i18n/locales';
import { translator } from '../i18n/messages';
import type { LegendEntry } from './types';

/** How each qualifier is drawn, in words: shapes and patterns, never colour alone. */
const qualifierMarks = {
  stated: { mark: 'solid', key: 'stated' },
  record: { mark: 'record', key: 'record' },
  approximately: { mark: 'approximately', key: 'approximately' },
  'more-than': { mark: 'more-than', key: 'moreThan' },
  range: { mark: 'range', key: 'range' },
  derived: { mark: 'derived', key: 'derived' },
} as const satisfies Record<Qualifier, { mark: LegendEntry['mark']; key: string }>;

export function qualifierLegend(qualifier: Qualifier, locale: Locale): LegendEntry {
  const { mark, key } = qualifierMarks[qualifier];
  return { mark, text: translator(locale, 'Legend')(key) };
}
