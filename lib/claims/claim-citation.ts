import { sourceCitation } from '../citation';
import type { Claim } from '../data/dataset';
import { formatDateRef } from '../format/date-ref';
import { qualifierLabels } from '../format/qualifier';
import { claimHref } from '../links';
import type { Briefing } from '../model/briefing';
import { publicUrl, siteName } from '../site';
import { claimFigureText, derivationText, statedOnOf } from './claim-text';

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
