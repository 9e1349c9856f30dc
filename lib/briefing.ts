import { sourceById } from './charts/provenance';
import type { Dataset } from './data/dataset';
import { formatDateRef, formatIsoDay } from './format/date';

/** The event the briefing is measured from: Bangladesh's change of government. */
export const CHANGE_OF_GOVERNMENT_EVENT_ID = 'change-of-government';

/** The argument the briefing opens with, always as its author's (a background passage of kind "argument"). */
export const LEAD_ARGUMENT_ID = 'partnership-largely-continued';

/** "August 2024", read from the change-of-government event rather than typed. */
export function briefingSince(dataset: Dataset): string {
  const change = dataset.events.find((event) => event.id === CHANGE_OF_GOVERNMENT_EVENT_ID);
  if (!change || change.when.precision === 'none') {
    throw new Error(`event "${CHANGE_OF_GOVERNMENT_EVENT_ID}" must exist and be dated`);
  }
  return formatDateRef({ precision: 'month', date: change.when.date.slice(0, 7), asPrinted: null });
}

export function briefingTitle(dataset: Dataset): string {
  return `Bangladesh–Russia relations since ${briefingSince(dataset)}`;
}

/**
 * The lead argument, attributed: who argues it, where and when, and the
 * verbatim words. The briefing never states an article's argument in its
 * own voice.
 */
export function leadArgument(dataset: Dataset) {
  const passage = dataset.background.find((entry) => entry.id === LEAD_ARGUMENT_ID);
  if (!passage || passage.kind !== 'argument') {
    throw new Error(`background "${LEAD_ARGUMENT_ID}" must exist and be an argument`);
  }
  const source = sourceById(dataset, passage.sourceId);
  const who = source.author ?? 'An article';
  const where = source.publisher ? ` in ${source.publisher}` : ` in “${source.title}”`;
  return {
    attribution: `${who} argues, in an article published${where} on ${formatIsoDay(source.publishedOn)}, that`,
    quote: passage.quote,
    sourceId: source.id,
  };
}
