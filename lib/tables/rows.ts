import {
  claimHref,
  claimFigureText,
  sourceLine,
  claimById,
  sourceById,
} from '../charts/provenance';
import type { Claim, Dataset } from '../data/dataset';
import { dateRefTime } from '../data/order';
import { topicLabels, type Qualifier, type Topic } from '../data/vocabulary';
import { formatDateRef } from '../format/date';
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
  dateText: string;
  dateSort: number | null;
  topic: Topic;
  topicLabel: string;
  sources: LinkedText[];
  quote: string;
}

export const sourceHref = (id: string) => `/sources#source-${id}`;

export function eventRows(dataset: Dataset): EventRow[] {
  return dataset.events.map((event) => ({
    id: event.id,
    dateText: formatDateRef(event.when),
    dateSort: dateRefTime(event.when),
    title: event.title,
    summary: event.summary,
    topic: event.topic,
    topicLabel: topicLabels[event.topic],
    actors: event.actors.join(', '),
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

/** The quote behind a claim; a derived claim's "quote" is its formula. */
export function claimQuote(claim: Claim): string {
  return claim.qualifier === 'derived' ? `Derived: ${claim.formulaText}` : claim.quote;
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
    dateText: formatDateRef(claim.when),
    dateSort: dateRefTime(claim.when),
    topic: claim.topic,
    topicLabel: topicLabels[claim.topic],
    sources: claim.sourceIds.map((id) => ({
      text: sourceLine(sourceById(dataset, id)),
      href: sourceHref(id),
    })),
    quote: claimQuote(claim),
  }));
}
