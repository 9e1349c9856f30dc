import type { Claim } from '@/lib/data/dataset';
import { claimFigureText, claimHref, sourcesLine } from '@/lib/charts/provenance';
import { dataset } from '@/data';
import { formatDateRef } from '@/lib/format/date';
import { qualifierLabels } from '@/lib/format/qualifier';

/** A headline figure: the number (linked to its claim), what it counts, its qualifier, date and source. */
export function FigureCard({ claim }: { claim: Claim }) {
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
        · {formatDateRef(claim.when)}
        {claim.when.precision === 'none' && claim.when.asPrinted
          ? ` (“${claim.when.asPrinted}”)`
          : ''}{' '}
        · {sourcesLine(dataset, claim.sourceIds)}
      </p>
    </li>
  );
}
