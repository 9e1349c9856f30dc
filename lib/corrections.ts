import { chartHref, claimHref, sourceHref } from './links';
import type { Correction } from './data/schema';
import type { Briefing } from './model/briefing';

/** A corrected entry as a link: its words and its address. */
export interface CorrectedEntry {
  kind: string;
  text: string;
  href: string;
}

export function correctedEntries(briefing: Briefing, correction: Correction): CorrectedEntry[] {
  return correction.entries.map(({ kind, id }) => {
    switch (kind) {
      case 'claim':
        return { kind: 'Figure', text: briefing.claim(id).label, href: claimHref(id) };
      case 'event':
        return { kind: 'Event', text: briefing.event(id).title, href: briefing.eventHref(id) };
      case 'chart':
        return { kind: 'Chart', text: briefing.chart(id).title, href: chartHref(id) };
      case 'source':
        return { kind: 'Source', text: briefing.source(id).title, href: sourceHref(id) };
      case 'measure':
        return { kind: 'Measure', text: briefing.measure(id).label, href: '/claims' };
    }
  });
}

/** Newest first, as a log is read. */
export const newestFirst = (briefing: Briefing) =>
  [...briefing.corrections].sort((a, b) => b.date.localeCompare(a.date));
