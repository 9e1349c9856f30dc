import type { Report } from './problems';
import type { DateRef } from './schema';

/** Rules for dates: they say what their printed words say, and follow the order of time. */

const monthNames = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** The first day a partial ISO date can mean, for ordering ("2024-03" → "2024-03-01"). */
export function firstDay(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/**
 * A printed date must say what the ISO date says: "On January 19" cannot
 * back 2026-01-18. A year that is not printed must be explained in
 * `yearFromContext`, and one that is printed must not be: pages bracket a
 * year from context, "16 January [2026]", so the flag must be true.
 */
export function checkDateWording(when: DateRef, report: Report, field: string) {
  if (when.precision === 'none') {
    if (when.yearFromContext) {
      report({
        field: `${field}.yearFromContext`,
        message: 'an undated entry has no year to take from context',
      });
    }
    return;
  }
  const [year, month, day] = when.date.split('-');
  if (when.asPrinted === null) {
    if (!when.yearFromContext) {
      report({
        field: `${field}.yearFromContext`,
        message: `no date is printed: say where ${year} comes from`,
      });
    }
    return;
  }
  const printed = when.asPrinted.toLowerCase();
  const printedYears: string[] = printed.match(/\b\d{4}\b/g) ?? [];
  if (printedYears.length > 0 && year && !printedYears.includes(year)) {
    report({
      field: `${field}.date`,
      message: `${when.date} does not match the printed "${when.asPrinted}"`,
    });
  }
  if (printedYears.length === 0 && !when.yearFromContext) {
    report({
      field: `${field}.yearFromContext`,
      message: `"${when.asPrinted}" prints no year: say where ${year} comes from`,
    });
  }
  if (printedYears.length > 0 && when.yearFromContext) {
    report({
      field: `${field}.yearFromContext`,
      message: `"${when.asPrinted}" prints its year: it is not from context`,
    });
  }
  if (month) {
    const printedMonth = monthNames.findIndex((name) => printed.includes(name));
    if (printedMonth >= 0 && printedMonth + 1 !== Number(month)) {
      report({
        field: `${field}.date`,
        message: `${when.date} does not match the printed "${when.asPrinted}"`,
      });
    }
  }
  if (day) {
    const printedDay = /\b(\d{1,2})\b/.exec(printed)?.[1];
    if (printedDay && Number(printedDay) !== Number(day)) {
      report({
        field: `${field}.date`,
        message: `${when.date} does not match the printed "${when.asPrinted}"`,
      });
    }
  }
}

/** Dates are ordered, and nothing happens after the source that reports it was published. */
export function checkDateOrder(
  when: DateRef,
  sources: readonly { id: string; publishedOn: string }[],
  report: Report,
  field: string,
) {
  if (when.precision === 'none') return;
  if (when.end && firstDay(when.end) < firstDay(when.date)) {
    report({ field: `${field}.end`, message: `${when.end} is before the start ${when.date}` });
  }
  for (const source of sources) {
    for (const [part, value] of [
      ['date', when.date],
      ['end', when.end],
    ] as const) {
      if (value && firstDay(value) > source.publishedOn) {
        report({
          field: `${field}.${part}`,
          message: `${value} is after ${source.id} was published (${source.publishedOn})`,
        });
      }
    }
  }
}
