import { createTranslator } from 'use-intl/core';
import type { Translation } from '../data/check-translations';
import type { Dataset } from '../data/dataset';
import { TIME_ZONE } from '../format/locale';
import { localeInfo, type Locale } from './locales';
import { renderTranslatedText } from './translated-text';

/**
 * The data's words in one language: English as data/ writes it, or the
 * briefing's translation with its number tokens formatted for the reader. A
 * quote is never replaced: `quoteTranslation` gives the translation shown
 * beside it, and null in English. Every lookup has an English entry to
 * translate (the check guarantees a translation of each), so a missing one
 * is a bug and throws.
 */
export interface DataWords {
  locale: Locale;
  measureLabel(id: string): string;
  measureShortLabel(id: string): string;
  periodMeaning(id: string): string;
  /** The measure's sentence (an ICU message) with its figure, period and count filled in. */
  measureSentence(id: string, values: { figure: string; period: string; count: number }): string;
  /** How the measure's value annotates another's bar ("up {figure}"), or null for its short label. */
  measureAnnotation(id: string, figure: string): string | null;
  chartTitle(slug: string): string;
  sourceTitle(id: string): string;
  eventTitle(id: string): string;
  eventSummary(id: string): string;
  /** Why a background passage of an article is not an event. */
  backgroundWhy(sourceId: string, passageId: string): string;
  /** What a citing article adds to an event ("It names the ship"), where it adds anything. */
  citationAdds(eventId: string, sourceId: string): string | null;
  derivedNote(id: string): string;
  correction(id: string): { change: string; why: string };
  /** A name as the language's glossary spells it on its own ("তারেক রহমান"). */
  name(english: string): string;
  /** The translation of a quote, or null when the reader reads the quote's own language. */
  quoteTranslation(quote: QuoteRef): string | null;
}

/** Where a quote is: a claim's, one of an event's passages (as an article cites it), a background passage's. */
export type QuoteRef =
  | { kind: 'claim'; id: string }
  | { kind: 'claim-attribution'; id: string }
  | { kind: 'event'; id: string; sourceId: string; index: number }
  | { kind: 'background'; id: string; sourceId: string };

function found<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`no translation of ${what}`);
  return value;
}

/** A lookup by id, built once: the words are asked for per claim, bar and row. */
function byId<T>(list: readonly T[], key: (entry: T) => string, what: string) {
  const map = new Map(list.map((entry) => [key(entry), entry]));
  return (id: string): T => found(map.get(id), `${what} "${id}"`);
}

// One translator per message and language: a measure's sentence is filled in for every group.
const dataMessages = new Map<string, (values: Record<string, string | number>) => string>();

/** An ICU message from data/ (a measure's sentence), formatted in its language. */
function formatDataMessage(
  locale: Locale,
  message: string,
  values: Record<string, string | number>,
) {
  const key = `${locale}\0${message}`;
  let format = dataMessages.get(key);
  if (!format) {
    const t = createTranslator({
      locale: localeInfo[locale].tag,
      timeZone: TIME_ZONE,
      messages: { message },
      onError: (error) => {
        throw error;
      },
    });
    format = (args) => t('message', args);
    dataMessages.set(key, format);
  }
  return format(values);
}

export function dataWords(dataset: Dataset, locale: Locale): DataWords {
  const byEntryId = <T extends { id: string }>(list: readonly T[], what: string) =>
    byId(list, (entry) => entry.id, what);
  const english = {
    measure: byEntryId(dataset.measures, 'measure'),
    chart: byId(dataset.charts, (chart) => chart.slug, 'chart'),
    event: byEntryId(dataset.events, 'event'),
    claim: byEntryId(dataset.claims, 'claim'),
    source: byEntryId(dataset.sources, 'source'),
    correction: byEntryId(dataset.corrections, 'correction'),
  };
  if (locale === 'en') {
    return {
      locale,
      measureLabel: (id) => english.measure(id).label,
      measureShortLabel: (id) => english.measure(id).shortLabel,
      periodMeaning: (id) => english.measure(id).periodMeaning,
      measureSentence: (id, values) =>
        formatDataMessage(locale, english.measure(id).sentence, values),
      measureAnnotation: (id, figure) => {
        const annotation = english.measure(id).annotation;
        return annotation ? formatDataMessage(locale, annotation, { figure }) : null;
      },
      chartTitle: (slug) => english.chart(slug).title,
      sourceTitle: (id) => english.source(id).title,
      eventTitle: (id) => english.event(id).title,
      eventSummary: (id) => english.event(id).summary,
      backgroundWhy: (sourceId, passageId) =>
        found(
          dataset.background.find((p) => p.sourceId === sourceId && p.id === passageId)?.why,
          `passage "${passageId}" of ${sourceId}`,
        ),
      citationAdds: (eventId, sourceId) =>
        english.event(eventId).citations.find((c) => c.sourceId === sourceId)?.adds ?? null,
      derivedNote: (id) => {
        const claim = english.claim(id);
        return found(claim.qualifier === 'derived' ? claim.note : undefined, `note of "${id}"`);
      },
      correction: (id) => english.correction(id),
      name: (name) => name,
      quoteTranslation: () => null,
    };
  }
  const t: Translation = dataset.translations[locale];
  const text = (value: string | undefined, what: string) =>
    renderTranslatedText(found(value, what), locale);
  const measure = (id: string) => found(t.measures[id], `measure "${id}" (${locale})`);
  return {
    locale,
    measureLabel: (id) => text(measure(id).label, `the label of "${id}"`),
    measureShortLabel: (id) => text(measure(id).shortLabel, `the short label of "${id}"`),
    periodMeaning: (id) => text(measure(id).periodMeaning, `the period of "${id}"`),
    measureSentence: (id, values) => formatDataMessage(locale, measure(id).sentence, values),
    measureAnnotation: (id, figure) => {
      const annotation = measure(id).annotation;
      return annotation ? formatDataMessage(locale, annotation, { figure }) : null;
    },
    chartTitle: (slug) => text(t.charts[slug]?.title, `chart "${slug}" (${locale})`),
    sourceTitle: (id) => text(t.sources[id]?.title, `source "${id}" (${locale})`),
    eventTitle: (id) => text(t.events[id]?.title, `event "${id}" (${locale})`),
    eventSummary: (id) => text(t.events[id]?.summary, `event "${id}" (${locale})`),
    backgroundWhy: (sourceId, passageId) =>
      text(
        t.sources[sourceId]?.background[passageId]?.why,
        `why passage "${passageId}" is not an event (${locale})`,
      ),
    citationAdds: (eventId, sourceId) => {
      const adds = english.event(eventId).citations.find((c) => c.sourceId === sourceId)?.adds;
      if (!adds) return null;
      return text(
        t.sources[sourceId]?.cites[eventId]?.adds,
        `what ${sourceId} adds to "${eventId}" (${locale})`,
      );
    },
    derivedNote: (id) => text(t.derived[id]?.note, `derived "${id}" (${locale})`),
    correction: (id) => {
      const correction = found(t.corrections[id], `correction "${id}" (${locale})`);
      return {
        change: renderTranslatedText(correction.change, locale),
        why: renderTranslatedText(correction.why, locale),
      };
    },
    name: (name) => found(t.glossary[name]?.[0], `the name "${name}" (${locale})`),
    quoteTranslation: (quote) => {
      switch (quote.kind) {
        case 'claim':
          return text(t.claims[quote.id]?.quote, `claim "${quote.id}" (${locale})`);
        case 'claim-attribution':
          return text(t.claims[quote.id]?.attribution, `attribution of "${quote.id}" (${locale})`);
        case 'event': {
          // The defining article's passages are the event's; another article's, its citation's.
          const event = english.event(quote.id);
          const quotes =
            event.definedBy === quote.sourceId
              ? t.events[quote.id]?.quotes
              : t.sources[quote.sourceId]?.cites[quote.id]?.quotes;
          return text(quotes?.[quote.index], `passage ${quote.index} of "${quote.id}" (${locale})`);
        }
        case 'background':
          return text(
            t.sources[quote.sourceId]?.background[quote.id]?.quote,
            `passage "${quote.id}" (${locale})`,
          );
      }
    },
  };
}
