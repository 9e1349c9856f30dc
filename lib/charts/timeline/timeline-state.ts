import type { Event } from '../../data/dataset';
import type { DateRef } from '../../data/schema';
import { topicLabels } from '../../data/vocabulary';
import { formatCount, nouns } from '../../format/count';
import { formatNumber } from '../../format/number';
import { hasYearFromContext, startOfIsoDate } from '../../format/date';
import { formatDateRef, yearFromContextNote } from '../../format/date-ref';
import type { Briefing } from '../../model/briefing';
import { halfYearAxis } from '../axis';
import type { ChartModel, TimelineDatum } from '../types';

export interface TimelineSpec {
  slug: string;
  title: string;
  /** The event drawn as a vertical reference line across the chart. */
  markerEventId: string;
}

/** The most events a timeline draws: beyond it, the latest are drawn and the table has the rest. */
export const MAX_TIMELINE_EVENTS = 40;

type Dated = Extract<DateRef, { date: string }>;

/** The moment after the last instant a partial date covers: 2024-03 → 1 April 2024. */
function endOfPartialDate(date: string, precision: Dated['precision']): number {
  const start = startOfIsoDate(date);
  if (precision === 'day') start.setUTCDate(start.getUTCDate() + 1);
  if (precision === 'month') start.setUTCMonth(start.getUTCMonth() + 1);
  if (precision === 'year') start.setUTCFullYear(start.getUTCFullYear() + 1);
  return start.getTime();
}

function eventSpan(when: Dated): [number, number] {
  return [
    startOfIsoDate(when.date).getTime(),
    endOfPartialDate(when.end ?? when.date, when.precision),
  ];
}

const isDated = (event: Event): event is Event & { when: Dated } => event.when.precision !== 'none';

export function buildTimeline(briefing: Briefing, spec: TimelineSpec): ChartModel {
  // The events table's order is oldest first: the timeline draws the latest that fit.
  const allDated = briefing.eventOrder.filter(isDated);
  const markerEvent = allDated.find((e) => e.id === spec.markerEventId);
  if (!markerEvent) throw new Error(`timeline marker event "${spec.markerEventId}" has no date`);
  const dated = allDated.slice(-MAX_TIMELINE_EVENTS);
  const undatedCount = briefing.events.length - allDated.length;
  const capped = allDated.length - dated.length;

  // The axis starts at the year of the earliest single event; longer periods are clipped.
  const singleStarts = dated.filter((e) => !e.when.end).map((e) => eventSpan(e.when)[0]);
  const axisStart = startOfIsoDate(
    String(new Date(Math.min(...singleStarts)).getUTCFullYear()),
  ).getTime();
  const lastEnd = Math.max(...dated.map((e) => eventSpan(e.when)[1]));
  const lastMonth = new Date(lastEnd);
  const axisEnd = Date.UTC(lastMonth.getUTCFullYear(), lastMonth.getUTCMonth() + 1, 1);
  const axis = halfYearAxis(axisStart, axisEnd);

  const events: TimelineDatum[] = dated.map((event) => {
    const [start, end] = eventSpan(event.when);
    const sourceIds = event.citations.map((c) => c.sourceId);
    return {
      key: event.id,
      eventId: event.id,
      title: event.title,
      dateText: formatDateRef(event.when),
      topic: event.topic,
      precision: event.when.precision,
      span: [Math.max(start, axisStart), end],
      isPeriod: event.when.end !== undefined,
      clippedStart: start < axisStart,
      provenance: {
        heading: event.title,
        dateText: formatDateRef(event.when),
        quote: event.citations[0]?.quotes[0] ?? null,
        creditLine: `Source: ${sourceIds.map((id) => briefing.sourceLine(id)).join('; ')}`,
        derivationText: null,
        qualifierNote: event.when.yearFromContext ?? null,
      },
      href: briefing.eventHref(event.id),
    };
  });

  const [markerStart] = eventSpan(markerEvent.when);
  const markerShown = markerStart >= axisStart;
  const marker = markerShown ? { time: markerStart, label: markerEvent.title } : null;

  // A period's start alone, so the range reads "from January 2009 to 20 January 2026".
  const firstEvent = dated[0];
  const lastEvent = dated.at(-1);
  const firstDate = firstEvent ? formatDateRef({ ...firstEvent.when, end: undefined }) : '';
  const lastDate = lastEvent ? formatDateRef(lastEvent.when) : '';
  const markerDate = formatDateRef(markerEvent.when);

  const notes = [
    'A dot is an event dated to the day. A hatched bar spans the month or year the source gives, because it says no more precisely when the event happened; a solid bar is a period with a stated start and end.',
    ...(events.some((e) => e.clippedStart)
      ? [
          'A period that began before the axis starts is cut at the left edge, marked by an arrow; its full dates are in its label.',
        ]
      : []),
    ...(capped > 0
      ? [
          `Only the latest ${formatCount(dated.length, nouns.event)} are drawn: ${formatNumber(capped)} earlier ones are in the events table.`,
        ]
      : []),
    ...(dated.some((e) => hasYearFromContext(e.when)) ? [yearFromContextNote()] : []),
    `Not drawn, because the sources give no date: ${formatNumber(undatedCount)} of ${formatCount(briefing.events.length, nouns.event)}; the events table lists them.`,
  ];

  const description = `${spec.title}. Timeline of ${formatCount(dated.length, nouns.event)} from ${firstDate} to ${lastDate}: ${events
    .map((e) => `${e.dateText}: ${e.title}`)
    .join('; ')}.${
    marker ? ` A dashed vertical line marks ${markerDate}: ${marker.label}.` : ''
  } ${formatCount(undatedCount, nouns.event)} more have no date in the sources.`;

  const sourceIds = [...new Set(dated.flatMap((e) => e.citations.map((c) => c.sourceId)))];
  return {
    slug: spec.slug,
    kind: 'timeline',
    title: spec.title,
    subtitle: `The ${capped > 0 ? 'latest ' : ''}${formatCount(dated.length, nouns.event)} the sources date, from ${firstDate} to ${lastDate}.${
      marker ? ` The dashed line marks ${markerDate}: ${markerEvent.title}.` : ''
    }`,
    panels: [{ kind: 'timeline', id: 'events', title: null, axis, marker, events }],
    legend: [
      { mark: 'day', text: 'Dot: dated to the day' },
      { mark: 'imprecise', text: 'Hatched bar: only the month or year is given' },
      { mark: 'period', text: 'Solid bar: a period with start and end' },
      ...(marker
        ? [{ mark: 'marker' as const, text: `Dashed line: ${markerEvent.title}, ${markerDate}` }]
        : []),
    ],
    description,
    notes,
    claimIds: [],
    eventIds: dated.map((e) => e.id),
    sources: sourceIds.map((id) => ({
      id,
      line: briefing.sourceLine(id),
      href: `/sources/${id}`,
    })),
    table: {
      columns: ['Date', 'Event', 'Topic', 'Sources'],
      linkColumns: [1],
      rows: dated.map((event) => ({
        key: event.id,
        href: briefing.eventHref(event.id),
        cells: [
          formatDateRef(event.when),
          event.title,
          topicLabels[event.topic],
          event.citations.map((c) => briefing.sourceLine(c.sourceId)).join('; '),
        ],
      })),
    },
    sourcesDiffer: false,
    corrections: [],
  };
}
