import type { Claim, Dataset } from '../data/dataset';
import type { DateRef, Source } from '../data/schema';
import { formatDateRef, formatIsoDay } from '../format/date';
import { formatFigure, formatQualifiedFigure } from '../format/figure';
import { qualifierNotes } from '../format/qualifier';
import { siteName } from '../site';
import type { ChartSource, MarkProvenance } from './types';

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

/**
 * Who a figure is credited to. A printed figure: its source. A derived
 * figure is the briefing's own calculation, whose inputs come from sources;
 * it is never credited to an article or its author.
 */
export function claimCreditLine(dataset: Dataset, claim: Claim): string {
  return claim.qualifier === 'derived'
    ? `${BRIEFING_CALCULATION} from figures in ${sourcesLine(dataset, claim.sourceIds)}`
    : `Source: ${sourcesLine(dataset, claim.sourceIds)}`;
}

export const BRIEFING_CALCULATION = `Calculated by the ${siteName}`;

/**
 * The figure with its qualifier in words. A derived figure with an
 * approximate input is approximate too, and says so ("about 75–87.5%").
 */
export function claimFigureText(claim: Claim): string {
  const qualifier = claim.derivation?.approximate ? 'approximately' : claim.qualifier;
  return formatQualifiedFigure(qualifier, claim.figure, claim.unit);
}

/**
 * A derived figure's working: the formula with its inputs' values, then "="
 * or, when the result is rounded, "≈": "2,777 ÷ (1 + 95.8 ÷ 100) ≈ 1,418".
 */
export function derivationText(claim: Claim): string | null {
  if (!claim.formulaText || !claim.derivation) return null;
  return `${claim.formulaText} ${claim.derivation.relation} ${formatFigure(claim.figure, claim.unit)}`;
}

/** The day a printed figure was stated, where that differs from what it refers to. */
export const statedOnOf = (claim: Claim): DateRef | undefined =>
  claim.qualifier === 'derived' ? undefined : claim.statedOn;

/** The source's own hedge for a printed figure ("According to available data"). */
export const attributionOf = (claim: Claim): string | undefined =>
  claim.qualifier === 'derived' ? undefined : claim.attribution;

export function claimProvenance(dataset: Dataset, claim: Claim): MarkProvenance {
  const statedOn = statedOnOf(claim);
  const dated = statedOn ? `stated on ${formatDateRef(statedOn)}` : formatDateRef(claim.when);
  return {
    heading: claim.label,
    dateText: dated,
    quote: claim.qualifier === 'derived' ? null : claim.quote,
    creditLine: claimCreditLine(dataset, claim),
    derivationText: derivationText(claim),
    qualifierNote: qualifierNotes[claim.qualifier],
  };
}

export const claimHref = (id: string) => `/claims/${id}`;
export const sourceHref = (id: string) => `/sources#source-${id}`;

export function chartSources(dataset: Dataset, ids: readonly string[]): ChartSource[] {
  return ids.map((id) => ({ id, line: sourceLine(sourceById(dataset, id)), href: sourceHref(id) }));
}
export const eventHref = (id: string) => `/events#event-${id}`;
