import type { Claim } from '@/lib/data/dataset';
import { attributionOf, claimFigureText, claimHref, statedOnOf } from '@/lib/charts/provenance';
import { formatDateRef } from '@/lib/format/date';
import { qualifierLabels } from '@/lib/format/qualifier';

/**
 * A headline figure: the number (linked to its claim), what it counts, its
 * qualifier, date, the source's own hedge where it gives one, and its credit.
 */
export function FigureCard({ claim, creditLine }: { claim: Claim; creditLine: string }) {
  const statedOn = statedOnOf(claim);
  const attribution = attributionOf(claim);
  return (
    <li className="figure-card">
      <p className="figure-card-value">
        <a href={claimHref(claim.id)}>{claimFigureText(claim)}</a>
      </p>
      <p className="figure-card-label">{claim.label}</p>
      <p className="figure-card-meta">
        <span className={`qualifier qualifier-${claim.qualifier}`}>
          {qualifierLabels[claim.qualifier]}
        </span>{' '}
        · {statedOn ? `stated on ${formatDateRef(statedOn)}` : formatDateRef(claim.when)}
        {claim.when.precision === 'none' && claim.when.asPrinted
          ? ` (“${claim.when.asPrinted}”)`
          : ''}
        {attribution ? ` · “${attribution}”` : ''} · {creditLine}
      </p>
    </li>
  );
}
