import type { Event } from '../../data/dataset';
import type { DateRef } from '../../data/schema';
import { hasYearFromContext, startOfIsoDate } from '../../format/date';
import { formatDateRef, yearFromContextNote } from '../../format/date-ref';
import { topicLabel } from '../../format/qualifier';
import type { Locale } from '../../i18n/locales';
import { localePath } from '../../i18n/paths';
import { translator } from '../../i18n/messages';
import type { Briefing } from '../../model/briefing';
import { halfYearAxis } from '../axis';
import { labelledTranslation } from '../../i18n/translation-label';
import type { ChartModel, TimelineDatum } from '../types';

export interface TimelineSpec {
  slug: string;
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

export function buildTimeline(briefing: Briefing, spec: TimelineSpec, locale: Locale): ChartModel {
  const t = translator(locale, 'Timeline');
  const columns = (key: 'date' | 'event' | 'topic' | 'sources') =>
    translator(locale, 'Columns')(key);
  const words = briefing.words(locale);
  const title = words.chartTitle(spec.slug);
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
  const axis = halfYearAxis(axisStart, axisEnd, locale);
  const sourceLines = (event: Event) =>
    event.citations.map((c) => briefing.sourceLine(c.sourceId, locale)).join('; ');

  const events: TimelineDatum[] = dated.map((event) => {
    const [start, end] = eventSpan(event.when);
    const [citation] = event.citations;
    const quote = citation?.quotes[0] ?? null;
    return {
      key: event.id,
      eventId: event.id,
      title: words.eventTitle(event.id),
      dateText: formatDateRef(event.when, locale),
      topic: event.topic,
      precision: event.when.precision,
      span: [Math.max(start, axisStart), end],
      isPeriod: event.when.end !== undefined,
      clippedStart: start < axisStart,
      provenance: {
        heading: words.eventTitle(event.id),
        dateText: formatDateRef(event.when, locale),
        quote,
        quoteTranslation:
          citation && quote !== null
            ? labelledTranslation(
                words.quoteTranslation({
                  kind: 'event',
                  id: event.id,
                  sourceId: citation.sourceId,
                  index: 0,
                }),
                locale,
              )
            : null,
        creditLine: translator(locale, 'Claim')('creditSource', { lines: sourceLines(event) }),
        derivationLine: null,
        // The data explains a bracketed year in English; the other languages say it in general.
        qualifierNote: event.when.yearFromContext
          ? locale === 'en'
            ? event.when.yearFromContext
            : yearFromContextNote(locale)
          : null,
      },
      href: briefing.eventHref(event.id, locale),
    };
  });

  const [markerStart] = eventSpan(markerEvent.when);
  const markerShown = markerStart >= axisStart;
  const markerTitle = words.eventTitle(markerEvent.id);
  const marker = markerShown ? { time: markerStart, label: markerTitle } : null;

  // A period's start alone, so the range reads "from January 2009 to 20 January 2026".
  const firstEvent = dated[0];
  const lastEvent = dated.at(-1);
  const firstDate = firstEvent ? formatDateRef({ ...firstEvent.when, end: undefined }, locale) : '';
  const lastDate = lastEvent ? formatDateRef(lastEvent.when, locale) : '';
  const markerDate = formatDateRef(markerEvent.when, locale);
  const markerArgs = { marked: marker ? 'yes' : 'no', markerDate, marker: markerTitle };

  const notes = [
    t('marksNote'),
    ...(events.some((e) => e.clippedStart) ? [t('clippedNote')] : []),
    ...(capped > 0 ? [t('cappedNote', { count: dated.length, earlier: capped })] : []),
    ...(dated.some((e) => hasYearFromContext(e.when)) ? [yearFromContextNote(locale)] : []),
    t('undatedNote', { undated: undatedCount, total: briefing.events.length }),
  ];

  const description = t('description', {
    title,
    count: dated.length,
    first: firstDate,
    last: lastDate,
    items: events.map((e) => t('describedEvent', { date: e.dateText, title: e.title })).join('; '),
    undated: undatedCount,
    ...markerArgs,
  });

  const sourceIds = [...new Set(dated.flatMap((e) => e.citations.map((c) => c.sourceId)))];
  const legend = translator(locale, 'Legend');
  return {
    slug: spec.slug,
    kind: 'timeline',
    title,
    subtitle: t('subtitle', {
      capped: capped > 0 ? 'yes' : 'no',
      count: dated.length,
      first: firstDate,
      last: lastDate,
      ...markerArgs,
    }),
    panels: [{ kind: 'timeline', id: 'events', title: null, axis, marker, events }],
    legend: [
      { mark: 'day', text: legend('day') },
      { mark: 'imprecise', text: legend('imprecise') },
      { mark: 'period', text: legend('period') },
      ...(marker
        ? [
            {
              mark: 'marker' as const,
              text: legend('marker', { event: markerTitle, date: markerDate }),
            },
          ]
        : []),
    ],
    description,
    notes,
    claimIds: [],
    eventIds: dated.map((e) => e.id),
    sources: sourceIds.map((id) => ({
      id,
      line: briefing.sourceLine(id, locale),
      href: localePath(`/sources/${id}`, locale),
    })),
    table: {
      columns: [columns('date'), columns('event'), columns('topic'), columns('sources')],
      linkColumns: [1],
      rows: dated.map((event) => ({
        key: event.id,
        href: briefing.eventHref(event.id, locale),
        cells: [
          formatDateRef(event.when, locale),
          words.eventTitle(event.id),
          topicLabel(event.topic, locale),
          sourceLines(event),
        ],
      })),
    },
    sourcesDiffer: false,
    corrections: [],
  };
}
