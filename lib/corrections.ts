import { chartHref, claimHref, sourceHref } from './links';
import type { Correction } from './data/schema';
import type { Locale } from './i18n/locales';
import { localePath } from './i18n/paths';
import type { Briefing } from './model/briefing';

/** A corrected entry as a link: what kind it is, its words in the language, and its address. */
export interface CorrectedEntry {
  kind: Correction['entries'][number]['kind'];
  text: string;
  href: string;
}

export function correctedEntries(
  briefing: Briefing,
  correction: Correction,
  locale: Locale = 'en',
): CorrectedEntry[] {
  const words = briefing.words(locale);
  return correction.entries.map(({ kind, id }) => {
    switch (kind) {
      case 'claim':
        return {
          kind,
          text: words.measureLabel(briefing.claim(id).measure),
          href: claimHref(id, locale),
        };
      case 'event':
        return { kind, text: words.eventTitle(id), href: briefing.eventHref(id, locale) };
      case 'chart':
        return { kind, text: words.chartTitle(id), href: chartHref(id, locale) };
      case 'source':
        return { kind, text: words.sourceTitle(id), href: sourceHref(id, locale) };
      case 'measure':
        return { kind, text: words.measureLabel(id), href: localePath('/claims', locale) };
    }
  });
}

/** Newest first, as a log is read. */
export const newestFirst = (briefing: Briefing) =>
  [...briefing.corrections].sort((a, b) => b.date.localeCompare(a.date));
