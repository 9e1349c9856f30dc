import type { Claim } from '../data/dataset';
import type { DateRef } from '../data/schema';
import { formatCount, nouns } from '../format/count';
import { formatDateRef } from '../format/date-ref';
import { formatFigure } from '../format/figure';
import { formatQualifiedFigure } from '../format/qualified-figure';
import { qualifierLabels } from '../format/qualifier';
import type { Briefing } from '../model/briefing';
import { siteName } from '../site';

/** How a claim reads: its figure, its working, its date and who it is credited to. */

export const BRIEFING_CALCULATION = `Calculated by the ${siteName}`;

/**
 * The figure with its qualifier in words: "more than 100", "about 30",
 * "12–14mn". A derived figure with an approximate input is approximate too,
 * and says so ("about 75–87.5%").
 */
export function claimFigureText(claim: Claim): string {
  const qualifier = claim.derivation?.approximate ? 'approximately' : claim.qualifier;
  return formatQualifiedFigure(qualifier, claim.figure, claim.unit);
}

/** As a sentence states it: a record says so, "a record $32bn". */
export function claimFigureInSentence(claim: Claim): string {
  const text = claimFigureText(claim);
  return claim.qualifier === 'record' ? `${qualifierLabels.record} ${text}` : text;
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

/** "date not given", "2024", or "stated on 16 January [2026]" for a declaration. */
export function claimDateText(claim: Claim): string {
  const statedOn = statedOnOf(claim);
  return statedOn ? `stated on ${formatDateRef(statedOn)}` : formatDateRef(claim.when);
}

/**
 * Who a figure is credited to. A printed figure: its source. A derived
 * figure is the briefing's own calculation, whose inputs come from sources;
 * it is never credited to an article or its author.
 */
export function claimCreditLine(briefing: Briefing, claim: Claim): string {
  const lines = claim.sourceIds.map((id) => briefing.sourceLine(id)).join('; ');
  return claim.qualifier === 'derived'
    ? `${BRIEFING_CALCULATION} from figures in ${lines}`
    : `Source: ${lines}`;
}

/** How many sources a sentence names before "and N more". */
export const MAX_SOURCES_NAMED = 3;

/**
 * Sources in a sentence, by short name ("IntelliNews") or with their date
 * ("IntelliNews, 29 January 2026"): at most MAX_SOURCES_NAMED, then "and 1,997
 * more sources", so a figure two thousand articles repeat stays one line.
 */
export function sourcesText(
  briefing: Briefing,
  ids: readonly string[],
  style: 'name' | 'line' = 'name',
  max = MAX_SOURCES_NAMED,
): string {
  const named = ids
    .slice(0, max)
    .map((id) => (style === 'name' ? briefing.sourceName(id) : briefing.sourceLine(id)));
  const others = ids.length - named.length;
  const separator = style === 'name' ? ', ' : '; ';
  return others > 0
    ? `${named.join(separator)} and ${formatCount(others, nouns.source)} more`
    : named.join(separator);
}
