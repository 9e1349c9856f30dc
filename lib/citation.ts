import { claimFigureText, claimHref, derivationText, statedOnOf } from './claims/claim-text';
import type { Claim } from './data/dataset';
import type { Briefing } from './model/briefing';
import type { Source } from './data/schema';
import { formatDateRef, formatIsoDay } from './format/date';
import { qualifierLabels } from './format/qualifier';
import { publicUrl, siteName } from './site';

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

/** A table's citation, or a view of it: "Bangladesh–Russia briefing, “Claims: …”, <address>". */
export function tableCitation(title: string, url: string): string {
  return `${siteName}, “${title}”, ${url}`;
}

/**
 * A citation for one number, to paste into an article or a notebook. A
 * printed figure is cited to its article; a derived one to the briefing,
 * with the articles its inputs come from.
 */
export function claimCitation(briefing: Briefing, claim: Claim): string {
  const figure = claimFigureText(claim);
  const statedOn = statedOnOf(claim);
  const when = `${formatDateRef(claim.when)}${statedOn ? `; stated on ${formatDateRef(statedOn)}` : ''}`;
  const sources = claim.sourceIds.map((id) => sourceCitation(briefing.source(id))).join('; ');
  const via = `${siteName}, ${publicUrl(claimHref(claim.id))}`;
  if (claim.qualifier === 'derived') {
    return `${claim.label}: ${figure} (${when}). Calculated by the ${via}: ${derivationText(claim)}. Inputs from: ${sources}.`;
  }
  return `${claim.label}: ${figure} (${when}). Quote: “${claim.quote}” (${qualifierLabels[claim.qualifier]}). Source: ${sources}. Via ${via}`;
}
