import type { ReactNode } from 'react';
import type { LegendEntry } from '@/lib/charts/types';
import { color } from '@/lib/theme';
import { ChartDefs, fadeId, hatchId, patternsFor } from './chart-defs';

/** A small sample of each mark, drawn as in the chart, so the key does not rely on colour. */
function LegendSymbol({ mark, idPrefix }: { mark: LegendEntry['mark']; idPrefix: string }) {
  const bar = color('chartBar');
  const samples: Record<LegendEntry['mark'], ReactNode> = {
    solid: <rect x="2" y="4" width="28" height="10" fill={bar} />,
    derived: (
      <rect
        x="2"
        y="4"
        width="28"
        height="10"
        fill={`url(#${hatchId(idPrefix)})`}
        stroke={bar}
        strokeWidth="1.5"
      />
    ),
    approximately: (
      <>
        <rect x="2" y="4" width="16" height="10" fill={bar} />
        <rect x="18" y="4" width="14" height="10" fill={`url(#${fadeId(idPrefix)})`} />
      </>
    ),
    'more-than': (
      <>
        <rect x="2" y="4" width="14" height="10" fill={bar} />
        <path d="M16 9h13M24 4l5 5-5 5" stroke={bar} strokeWidth="2" fill="none" />
      </>
    ),
    range: (
      <>
        <rect x="2" y="4" width="12" height="10" fill={bar} />
        <rect
          x="14"
          y="4"
          width="16"
          height="10"
          fill={color('chartBarTint')}
          stroke={bar}
          strokeDasharray="3 2"
        />
        <path d="M14 1v16M30 1v16" stroke={color('chartText')} strokeWidth="1.5" />
      </>
    ),
    record: (
      <polygon
        points="16,1 18.1,6.2 23.6,6.5 19.4,10 20.7,15.4 16,12.4 11.3,15.4 12.6,10 8.4,6.5 13.9,6.2"
        fill={color('chartAccent')}
      />
    ),
    day: <circle cx="16" cy="9" r="5" fill={bar} />,
    imprecise: (
      <rect
        x="2"
        y="4"
        width="28"
        height="10"
        rx="2"
        fill={`url(#${hatchId(idPrefix)})`}
        stroke={bar}
      />
    ),
    period: <rect x="2" y="4" width="28" height="10" rx="2" fill={bar} />,
    marker: (
      <path d="M16 0v18" stroke={color('chartAccent')} strokeWidth="1.5" strokeDasharray="4 3" />
    ),
  };
  return (
    <svg width="32" height="18" viewBox="0 0 32 18" aria-hidden="true" focusable="false">
      {samples[mark]}
    </svg>
  );
}

/** `idPrefix` keeps the samples' pattern ids unique when a page shows several legends. */
export function ChartLegend({
  entries,
  idPrefix,
  label,
}: {
  entries: LegendEntry[];
  idPrefix: string;
  /** "How to read the chart", in the page's language. */
  label: string;
}) {
  const patterns = patternsFor(entries.map((entry) => entry.mark));
  return (
    <>
      {/* The patterns the samples below use, once for all of them (ids are page-wide). */}
      {(patterns.hatch || patterns.fade) && (
        <svg
          width="0"
          height="0"
          aria-hidden="true"
          focusable="false"
          style={{ position: 'absolute' }}
        >
          <ChartDefs prefix={idPrefix} patterns={patterns} />
        </svg>
      )}
      <ul className="chart-legend" aria-label={label}>
        {entries.map((entry) => (
          <li key={entry.mark}>
            <LegendSymbol mark={entry.mark} idPrefix={idPrefix} />
            {entry.text}
          </li>
        ))}
      </ul>
    </>
  );
}
