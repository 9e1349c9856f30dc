import { claimFigureText, sourceById } from './charts/provenance';
import type { Claim, Dataset } from './data/dataset';
import type { Source } from './data/schema';
import { formatDateRef, formatIsoDay } from './format/date';
import { qualifierLabels } from './format/qualifier';
import { absoluteUrl, siteName } from './site';

/** "Md. Himel Rahman, “A pragmatic partnership: …”, IntelliNews, 29 January 2026". */
export function sourceCitation(source: Source): string {
  return [
    source.author,
    `“${source.title}”`,
    source.publisher ?? 'publisher not given',
    formatIsoDay(source.publishedOn),
    source.url,
  ]
    .filter(Boolean)
    .join(', ');
}

/** A citation for one number, to paste into an article or a notebook. */
export function claimCitation(dataset: Dataset, claim: Claim): string {
  const figure = claimFigureText(claim);
  const when = formatDateRef(claim.when);
  const sources = claim.sourceIds.map((id) => sourceCitation(sourceById(dataset, id))).join('; ');
  const basis =
    claim.qualifier === 'derived'
      ? `Derived, not printed by a source: ${claim.formulaText}.`
      : `Quote: “${claim.quote}” (${qualifierLabels[claim.qualifier]}).`;
  return `${claim.label}: ${figure} (${when}). ${basis} Source: ${sources}. Via ${siteName}, ${absoluteUrl(`/claims/${claim.id}`)}`;
}
