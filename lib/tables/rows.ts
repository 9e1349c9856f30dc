import {
  claimCreditLine,
  claimFigureText,
  derivationText,
  sourcesText,
} from '../claims/claim-text';
import { claimHref, sourceHref } from '../links';
import type { Actor, Claim, Event } from '../data/dataset';
import { figureMax } from '../data/figure';
import { dateRefTime } from '../data/order';
import type { Qualifier, Topic } from '../data/vocabulary';
import { formatIsoDay } from '../format/date';
import { formatDateRef } from '../format/date-ref';
import { formatPrintedPrecision } from '../format/precision';
import { qualifierLabel, topicLabel } from '../format/qualifier';
import type { Locale } from '../i18n/locales';
import { translator } from '../i18n/messages';
import type { Briefing } from '../model/briefing';
import type { Agreement } from '../model/groups';

/**
 * Rows for the event and claim tables: plain data chosen and formatted on
 * the server, so the client table only sorts, filters and draws.
 */

export interface LinkedText {
  text: string;
  href: string;
}

/** What the events index gives of every event: enough to sort, filter and link it. */
export interface EventIndexRow {
  id: string;
  href: string;
  dateText: string;
  dateSort: number | null;
  title: string;
  topic: Topic;
  topicLabel: string;
  sources: LinkedText[];
}

export interface EventRow {
  id: string;
  href: string;
  /** Ids the event had before (data/corrections.ts): their anchors still land on the row. */
  formerIds: string[];
  dateText: string;
  /** ms since the epoch; null when the sources give no date (sorted last either way). */
  dateSort: number | null;
  title: string;
  summary: string;
  topic: Topic;
  topicLabel: string;
  actors: string;
  /** The event's figures, each linking to its claim. */
  figures: LinkedText[];
  sources: LinkedText[];
  /** What later articles add, with their names. */
  additions: string[];
  corrected: string[];
}

/** What the claims index gives of every claim: enough to sort, filter and link it. */
export interface ClaimIndexRow {
  id: string;
  label: string;
  href: string;
  valueText: string;
  valueSort: number;
  qualifier: Qualifier;
  qualifierLabel: string;
  precisionText: string;
  dateText: string;
  dateSort: number | null;
  topic: Topic;
  topicLabel: string;
  sources: LinkedText[];
  agreement: Agreement;
  agreementText: string | null;
}

export interface ClaimRow {
  id: string;
  label: string;
  href: string;
  valueText: string;
  /** The largest number the figure allows, for sorting. */
  valueSort: number;
  qualifier: Qualifier;
  qualifierLabel: string;
  /** "printed: to tenths" for a printed figure; "calculated" for a derived one. */
  precisionText: string;
  dateText: string;
  dateSort: number | null;
  topic: Topic;
  topicLabel: string;
  sources: LinkedText[];
  quote: string;
  /** The quote's translation in the table's language, labelled; null in English. */
  quoteTranslation: string | null;
  /** Whether other sources give the same value for the same period, or a different one. */
  agreement: Agreement;
  /** "Sources differ: 2,777 (IntelliNews), 2,900 (…)", or "Also reported by …". */
  agreementText: string | null;
  corrected: string[];
}

const words = (locale: Locale) => translator(locale, 'Row');

/**
 * An actor as the articles name it. Where they spell a name differently,
 * each spelling with the articles that use it: "Aleksandr Khozin
 * (IntelliNews) / Alexander Khozin (Monitor Desk)". In another language, the
 * glossary's one spelling.
 */
export function actorText(briefing: Briefing, actor: Actor, locale: Locale = 'en'): string {
  if (locale !== 'en') return briefing.words(locale).name(actor.name);
  if (actor.spellings.length < 2) return actor.name;
  return actor.spellings
    .map((spelling) =>
      words(locale)('spelling', {
        name: spelling.name,
        sources: sourcesText(briefing, spelling.sourceIds, 'name', undefined, locale),
      }),
    )
    .join(' / ');
}

export function actorsText(briefing: Briefing, event: Event, locale: Locale): string {
  return event.actors.length === 0
    ? words(locale)('noneNamed')
    : event.actors.map((actor) => actorText(briefing, actor, locale)).join(', ');
}

const correctionNotes = (briefing: Briefing, kind: 'claim' | 'event', id: string, locale: Locale) =>
  briefing.correctionsOf(kind, id).map((correction) =>
    words(locale)('corrected', {
      date: formatIsoDay(correction.date, locale),
      change: briefing.words(locale).correction(correction.id).change,
    }),
  );

export function eventRow(briefing: Briefing, event: Event, locale: Locale): EventRow {
  const dataWords = briefing.words(locale);
  return {
    id: event.id,
    href: briefing.eventHref(event.id, locale),
    formerIds: briefing.formerEventIds(event.id),
    dateText: formatDateRef(event.when, locale),
    dateSort: dateRefTime(event.when),
    title: dataWords.eventTitle(event.id),
    summary: dataWords.eventSummary(event.id),
    topic: event.topic,
    topicLabel: topicLabel(event.topic, locale),
    actors: actorsText(briefing, event, locale),
    figures: event.claimIds.map((id) => {
      const claim = briefing.claim(id);
      return {
        text: words(locale)('figure', {
          figure: claimFigureText(claim, locale),
          label: dataWords.measureLabel(claim.measure),
        }),
        href: claimHref(id, locale),
      };
    }),
    sources: event.citations.map((citation) => ({
      text: briefing.sourceLine(citation.sourceId, locale),
      href: sourceHref(citation.sourceId, locale),
    })),
    additions: event.citations.flatMap((citation) => {
      const adds = dataWords.citationAdds(event.id, citation.sourceId);
      return adds
        ? [
            words(locale)('addition', {
              source: briefing.sourceName(citation.sourceId, locale),
              adds,
            }),
          ]
        : [];
    }),
    corrected: correctionNotes(briefing, 'event', event.id, locale),
  };
}

/** The events table's rows, in its default order (oldest first, undated last). */
export function eventRows(
  briefing: Briefing,
  locale: Locale,
  events: readonly Event[] = briefing.eventOrder,
) {
  return events.map((event) => eventRow(briefing, event, locale));
}

/** The words behind a claim: its quote, or for a derived claim the briefing's working. */
export function claimQuote(claim: Claim, locale: Locale = 'en'): string {
  return claim.qualifier === 'derived'
    ? words(locale)('calculated', { working: derivationText(claim, locale) ?? '' })
    : claim.quote;
}

function agreementText(briefing: Briefing, claim: Claim, locale: Locale): string | null {
  const group = briefing.groupOf(claim.id);
  if (group.agreement === 'single') return null;
  const others = group.values.flatMap((value) =>
    value.claimIds.includes(claim.id) ? [] : [value],
  );
  const named = (ids: readonly string[]) => sourcesText(briefing, ids, 'name', undefined, locale);
  if (group.agreement === 'repeated') {
    const sources = (group.values[0]?.sourceIds ?? []).filter(
      (id) => !claim.sourceIds.includes(id),
    );
    return sources.length > 0 ? words(locale)('alsoReportedBy', { sources: named(sources) }) : null;
  }
  return words(locale)('sourcesDiffer', {
    values: others
      .map((value) =>
        words(locale)('otherValue', {
          figure: claimFigureText(briefing.claim(value.claimId), locale),
          who:
            value.sourceIds.length > 0
              ? named(value.sourceIds)
              : translator(locale, 'Chart')('briefingCalculation'),
        }),
      )
      .join('; '),
  });
}

export function claimRow(briefing: Briefing, claim: Claim, locale: Locale): ClaimRow {
  const printed = claim.qualifier !== 'derived';
  return {
    id: claim.id,
    label: briefing.words(locale).measureLabel(claim.measure),
    href: claimHref(claim.id, locale),
    valueText: claimFigureText(claim, locale),
    valueSort: figureMax(claim.figure),
    qualifier: claim.qualifier,
    qualifierLabel: qualifierLabel(claim.qualifier, locale),
    precisionText: claim.printedPrecision
      ? words(locale)('printedPrecision', {
          precision: formatPrintedPrecision(claim.printedPrecision, locale),
        })
      : words(locale)('calculatedPrecision'),
    dateText: formatDateRef(claim.when, locale),
    dateSort: dateRefTime(claim.when),
    topic: claim.topic,
    topicLabel: topicLabel(claim.topic, locale),
    sources: printed
      ? claim.sourceIds.map((id) => ({
          text: briefing.sourceLine(id, locale),
          href: sourceHref(id, locale),
        }))
      : [
          {
            text: claimCreditLine(briefing, claim, locale),
            href: `${claimHref(claim.id, locale)}#derivation`,
          },
        ],
    quote: claimQuote(claim, locale),
    quoteTranslation: printed
      ? briefing.words(locale).quoteTranslation({ kind: 'claim', id: claim.id })
      : null,
    agreement: briefing.groupOf(claim.id).agreement,
    agreementText: agreementText(briefing, claim, locale),
    corrected: correctionNotes(briefing, 'claim', claim.id, locale),
  };
}

export function claimRows(
  briefing: Briefing,
  locale: Locale,
  claims: readonly Claim[] = briefing.claims,
) {
  return claims.map((claim) => claimRow(briefing, claim, locale));
}

/** The compact row of every event, for /data/events-index.json. */
export function eventIndexRow(briefing: Briefing, event: Event, locale: Locale): EventIndexRow {
  const { id, href, dateText, dateSort, title, topic, topicLabel, sources } = eventRow(
    briefing,
    event,
    locale,
  );
  return { id, href, dateText, dateSort, title, topic, topicLabel, sources };
}

/** The compact row of every claim, for /data/claims-index.json. */
export function claimIndexRow(briefing: Briefing, claim: Claim, locale: Locale): ClaimIndexRow {
  const row = claimRow(briefing, claim, locale);
  return {
    id: row.id,
    label: row.label,
    href: row.href,
    valueText: row.valueText,
    valueSort: row.valueSort,
    qualifier: row.qualifier,
    qualifierLabel: row.qualifierLabel,
    precisionText: row.precisionText,
    dateText: row.dateText,
    dateSort: row.dateSort,
    topic: row.topic,
    topicLabel: row.topicLabel,
    sources: row.sources,
    agreement: row.agreement,
    agreementText: row.agreementText,
  };
}
