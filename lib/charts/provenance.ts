import type { Claim, Dataset } from '../data/dataset';
import type { Source } from '../data/schema';
import { formatDateRef, formatIsoDay } from '../format/date';
import { formatQualifiedFigure } from '../format/figure';
import { qualifierNotes } from '../format/qualifier';
import type { MarkProvenance } from './types';

/** Looks up by id and fails loudly: a chart naming a missing claim is a bug, not a blank. */
export function claimById(dataset: Dataset, id: string): Claim {
  const claim = dataset.claims.find((c) => c.id === id);
  if (!claim) throw new Error(`no claim "${id}" in data/`);
  return claim;
}

export function sourceById(dataset: Dataset, id: string): Source {
  const source = dataset.sources.find((s) => s.id === id);
  if (!source) throw new Error(`no source "${id}" in data/`);
  return source;
}

/** "IntelliNews, 29 January 2026"; a source without a publisher is named by its title. */
export function sourceLine(source: Source): string {
  return `${source.publisher ?? `“${source.title}”`}, ${formatIsoDay(source.publishedOn)}`;
}

export function sourcesLine(dataset: Dataset, ids: readonly string[]): string {
  return ids.map((id) => sourceLine(sourceById(dataset, id))).join('; ');
}

export function claimFigureText(claim: Claim): string {
  return formatQualifiedFigure(claim.qualifier, claim.figure, claim.unit);
}

export function claimProvenance(dataset: Dataset, claim: Claim): MarkProvenance {
  return {
    heading: claim.label,
    dateText: formatDateRef(claim.when),
    quote: claim.qualifier === 'derived' ? null : claim.quote,
    sourceLine: sourcesLine(dataset, claim.sourceIds),
    formulaText: claim.formulaText,
    qualifierNote: qualifierNotes[claim.qualifier],
  };
}

export const claimHref = (id: string) => `/claims/${id}`;
export const eventHref = (id: string) => `/events#event-${id}`;
