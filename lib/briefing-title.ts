import { formatIsoDay } from './format/date';
import { formatDateRef } from './format/date-ref';
import type { Briefing } from './model/briefing';

/** "August 2024", read from the event the briefing is measured from rather than typed. */
export function briefingSince(briefing: Briefing): string {
  const since = briefing.event(briefing.config.sinceEvent);
  if (since.when.precision === 'none') {
    throw new Error(`event "${since.id}" must be dated: the briefing is measured from it`);
  }
  return formatDateRef({ precision: 'month', date: since.when.date.slice(0, 7), asPrinted: null });
}

export function briefingTitle(briefing: Briefing): string {
  return `Bangladesh–Russia relations since ${briefingSince(briefing)}`;
}

/**
 * The lead argument, attributed: who argues it, where and when, and the
 * verbatim words. The briefing never states an article's argument in its
 * own voice.
 */
export function leadArgument(briefing: Briefing) {
  const { source: sourceId, passage: passageId } = briefing.config.leadArgument;
  const passage = briefing.backgroundOf(sourceId).find((entry) => entry.id === passageId);
  if (!passage) throw new Error(`no background passage "${passageId}" in ${sourceId}`);
  const source = briefing.source(sourceId);
  const who = source.author ?? 'An article';
  const where = source.publisher ? ` in ${source.publisher}` : ` in “${source.title}”`;
  return {
    attribution: `${who} argues, in an article published${where} on ${formatIsoDay(source.publishedOn)}, that`,
    quote: passage.quote,
    sourceId: source.id,
  };
}
