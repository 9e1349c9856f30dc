import { startOfIsoDate } from '../format/date';
import type { DateRef } from './schema';

/** Milliseconds of the first moment a date can mean, or null when undated. */
export function dateRefTime(ref: DateRef): number | null {
  return ref.precision === 'none' ? null : startOfIsoDate(ref.date).getTime();
}

/** Oldest first; undated entries after every dated one. */
export function compareByDate(a: DateRef, b: DateRef): number {
  const timeA = dateRefTime(a);
  const timeB = dateRefTime(b);
  if (timeA === null && timeB === null) return 0;
  if (timeA === null) return 1;
  if (timeB === null) return -1;
  return timeA - timeB;
}
