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
import { topicLabels, type Qualifier, type Topic } from '../data/vocabulary';
import { formatIsoDay } from '../format/date';
import { formatDateRef } from '../format/date-ref';
import { formatPrintedPrecision } from '../format/precision';
import { qualifierLabels } from '../format/qualifier';
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
  /** Whether other sources give the same value for the same period, or a different one. */
  agreement: Agreement;
  /** "Sources differ: 2,777 (IntelliNews), 2,900 (…)", or "Also reported by …". */
  agreementText: string | null;
  corrected: string[];
}

/**
 * An actor as the articles name it. Where they spell a name differently,
 * each spelling with the articles that use it: "Aleksandr Khozin
 * (IntelliNews) / Alexander Khozin (Monitor Desk)".
 */
export function actorText(briefing: Briefing, actor: Actor): string {
  if (actor.spellings.length < 2) return actor.name;
  return actor.spellings
    .map((spelling) => `${spelling.name} (${sourcesText(briefing, spelling.sourceIds)})`)
    .join(' / ');
}

export function actorsText(briefing: Briefing, event: Event): string {
  return event.actors.length === 0
    ? 'none named'
    : event.actors.map((actor) => actorText(briefing, actor)).join(', ');
}

const correctionNotes = (briefing: Briefing, kind: 'claim' | 'event', id: string) =>
  briefing
    .correctionsOf(kind, id)
    .map((correction) => `Corrected on ${formatIsoDay(correction.date)}: ${correction.change}`);

export function eventRow(briefing: Briefing, event: Event): EventRow {
  return {
    id: event.id,
    href: briefing.eventHref(event.id),
    formerIds: briefing.formerEventIds(event.id),
    dateText: formatDateRef(event.when),
    dateSort: dateRefTime(event.when),
    title: event.title,
    summary: event.summary,
    topic: event.topic,
    topicLabel: topicLabels[event.topic],
    actors: actorsText(briefing, event),
    figures: event.claimIds.map((id) => {
      const claim = briefing.claim(id);
      return { text: `${claimFigureText(claim)}: ${claim.label}`, href: claimHref(id) };
    }),
    sources: event.citations.map((citation) => ({
      text: briefing.sourceLine(citation.sourceId),
      href: sourceHref(citation.sourceId),
    })),
    additions: event.citations.flatMap((citation) =>
      citation.adds ? [`${briefing.sourceName(citation.sourceId)}: ${citation.adds}`] : [],
    ),
    corrected: correctionNotes(briefing, 'event', event.id),
  };
}

/** The events table's rows, in its default order (oldest first, undated last). */
export function eventRows(briefing: Briefing, events: readonly Event[] = briefing.eventOrder) {
  return events.map((event) => eventRow(briefing, event));
}

/** The words behind a claim: its quote, or for a derived claim the briefing's working. */
export function claimQuote(claim: Claim): string {
  return claim.qualifier === 'derived'
    ? `Calculated by the briefing: ${derivationText(claim)}`
    : claim.quote;
}

function agreementText(briefing: Briefing, claim: Claim): string | null {
  const group = briefing.groupOf(claim.id);
  if (group.agreement === 'single') return null;
  const others = group.values.flatMap((value) =>
    value.claimIds.includes(claim.id) ? [] : [value],
  );
  if (group.agreement === 'repeated') {
    const sources = (group.values[0]?.sourceIds ?? []).filter(
      (id) => !claim.sourceIds.includes(id),
    );
    return sources.length > 0 ? `Also reported by ${sourcesText(briefing, sources)}` : null;
  }
  return `Sources differ: ${others
    .map((value) => {
      const other = briefing.claim(value.claimId);
      const who =
        value.sourceIds.length > 0
          ? sourcesText(briefing, value.sourceIds)
          : 'the briefing’s calculation';
      return `${claimFigureText(other)} (${who})`;
    })
    .join('; ')}`;
}

export function claimRow(briefing: Briefing, claim: Claim): ClaimRow {
  return {
    id: claim.id,
    label: claim.label,
    href: claimHref(claim.id),
    valueText: claimFigureText(claim),
    valueSort: figureMax(claim.figure),
    qualifier: claim.qualifier,
    qualifierLabel: qualifierLabels[claim.qualifier],
    precisionText: claim.printedPrecision
      ? `printed: ${formatPrintedPrecision(claim.printedPrecision)}`
      : 'calculated',
    dateText: formatDateRef(claim.when),
    dateSort: dateRefTime(claim.when),
    topic: claim.topic,
    topicLabel: topicLabels[claim.topic],
    sources:
      claim.qualifier === 'derived'
        ? [{ text: claimCreditLine(briefing, claim), href: `${claimHref(claim.id)}#derivation` }]
        : claim.sourceIds.map((id) => ({ text: briefing.sourceLine(id), href: sourceHref(id) })),
    quote: claimQuote(claim),
    agreement: briefing.groupOf(claim.id).agreement,
    agreementText: agreementText(briefing, claim),
    corrected: correctionNotes(briefing, 'claim', claim.id),
  };
}

export function claimRows(briefing: Briefing, claims: readonly Claim[] = briefing.claims) {
  return claims.map((claim) => claimRow(briefing, claim));
}

/** The compact row of every event, for /data/events-index.json. */
export function eventIndexRow(briefing: Briefing, event: Event): EventIndexRow {
  const { id, href, dateText, dateSort, title, topic, topicLabel, sources } = eventRow(
    briefing,
    event,
  );
  return { id, href, dateText, dateSort, title, topic, topicLabel, sources };
}

/** The compact row of every claim, for /data/claims-index.json. */
export function claimIndexRow(briefing: Briefing, claim: Claim): ClaimIndexRow {
  const row = claimRow(briefing, claim);
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
