import {
  claimById,
  claimCreditLine,
  claimFigureText,
  claimHref,
  derivationText,
  sourceById,
  sourceHref,
  sourceLine,
} from '../charts/provenance';
import type { Claim, Dataset } from '../data/dataset';
import { dateRefTime } from '../data/order';
import type { Actor, Event } from '../data/schema';
import { textMentions } from '../data/text';
import { topicLabels, type Qualifier, type Topic } from '../data/vocabulary';
import { formatDateRef } from '../format/date';
import { formatPrintedPrecision } from '../format/precision';
import { qualifierLabels } from '../format/qualifier';
import { figureMax } from '../data/figure';

/**
 * Rows for the event and claim tables: plain data chosen and formatted on
 * the server, so the client table only sorts, filters and draws.
 */

export interface LinkedText {
  text: string;
  href: string;
}

export interface EventRow {
  id: string;
  /** Ids the event had before (data/renamed.ts): their anchors still land on the row. */
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
  /** "to tenths" for a printed figure; "calculated" for a derived one. */
  precisionText: string;
  dateText: string;
  dateSort: number | null;
  topic: Topic;
  topicLabel: string;
  sources: LinkedText[];
  quote: string;
}

/** Which cited articles spell a name this way: their publishers, else their bylines or titles. */
function spelledIn(dataset: Dataset, event: Event, spelling: string): string {
  return event.citations
    .filter((citation) => citation.quotes.some((quote) => textMentions(quote, spelling)))
    .map((citation) => {
      const source = sourceById(dataset, citation.sourceId);
      return source.publisher ?? source.author ?? `“${source.title}”`;
    })
    .join(', ');
}

/**
 * An actor as the articles name it. Where they spell a name differently,
 * each spelling with the articles that use it: "Aleksandr Khozin
 * (IntelliNews) / Alexander Khozin (Monitor Desk)".
 */
export function actorText(dataset: Dataset, event: Event, actor: Actor): string {
  if (actor.aliases.length === 0) return actor.name;
  return [actor.name, ...actor.aliases]
    .map((spelling) => `${spelling} (${spelledIn(dataset, event, spelling)})`)
    .join(' / ');
}

export function actorsText(dataset: Dataset, event: Event): string {
  return event.actors.length === 0
    ? 'none named'
    : event.actors.map((actor) => actorText(dataset, event, actor)).join(', ');
}

export function eventRows(dataset: Dataset): EventRow[] {
  return dataset.events.map((event) => ({
    id: event.id,
    formerIds: dataset.renamed
      .filter((rename) => rename.kind === 'event' && rename.to === event.id)
      .map((rename) => rename.from),
    dateText: formatDateRef(event.when),
    dateSort: dateRefTime(event.when),
    title: event.title,
    summary: event.summary,
    topic: event.topic,
    topicLabel: topicLabels[event.topic],
    actors: actorsText(dataset, event),
    figures: event.claimIds.map((id) => {
      const claim = claimById(dataset, id);
      return {
        text: `${claimFigureText(claim)}: ${claim.label}`,
        href: claimHref(id),
      };
    }),
    sources: event.citations.map((citation) => ({
      text: sourceLine(sourceById(dataset, citation.sourceId)),
      href: sourceHref(citation.sourceId),
    })),
  }));
}

/** The words behind a claim: its quote, or for a derived claim the briefing's working. */
export function claimQuote(claim: Claim): string {
  return claim.qualifier === 'derived'
    ? `Calculated by the briefing: ${derivationText(claim)}`
    : claim.quote;
}

export function claimRows(dataset: Dataset): ClaimRow[] {
  return dataset.claims.map((claim) => ({
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
        ? [{ text: claimCreditLine(dataset, claim), href: `${claimHref(claim.id)}#derivation` }]
        : claim.sourceIds.map((id) => ({
            text: sourceLine(sourceById(dataset, id)),
            href: sourceHref(id),
          })),
    quote: claimQuote(claim),
  }));
}
