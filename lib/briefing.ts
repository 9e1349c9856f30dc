import type { Dataset } from './data/dataset';
import { formatDateRef } from './format/date';

/** The event the briefing is measured from: Bangladesh's change of government. */
export const CHANGE_OF_GOVERNMENT_EVENT_ID = 'change-of-government';

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
