import { usePlotArea } from 'recharts';
import { truncate, variantFontSize, type ChartVariant } from '@/lib/charts/dimensions';
import type { TimelineDatum } from '@/lib/charts/types';
import { color } from '@/lib/theme';
import { hatchId, haloText } from '../chart-defs';
import { markTitle } from '../mark-title';

interface TimelineMarkProps {
  idPrefix: string;
  variant: ChartVariant;
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  payload?: TimelineDatum;
}

/** Characters of "date · title" that fit on one line at each size; the full text is in the title and table. */
/** Characters of title that fit on a line: narrow puts the date on its own line above. */
const titleChars: Record<ChartVariant, number> = { narrow: 40, wide: 110 };

/**
 * One dated event: a dot when dated to the day; a hatched bar over the month
 * or year when that is all the source gives; a solid bar for a period with a
 * start and an end. Its date and title sit on the line above.
 */
export function TimelineMark({
  idPrefix,
  variant,
  x = 0,
  y = 0,
  width = 0,
  height = 0,
  payload,
}: TimelineMarkProps) {
  const plot = usePlotArea();
  if (!payload) return null;
  const mid = y + height / 2;
  const fontSize = variantFontSize[variant];
  const left = plot?.x ?? x;

  let mark;
  if (payload.precision === 'day' && !payload.isPeriod) {
    mark = (
      <circle
        cx={x + width / 2}
        cy={mid}
        r={5}
        fill={color('chartBar')}
        stroke={color('background')}
        strokeWidth={1}
      />
    );
  } else if (payload.isPeriod) {
    mark = (
      <rect
        x={x}
        y={y}
        width={Math.max(width, 2)}
        height={height}
        rx={2}
        fill={color('chartBar')}
      />
    );
  } else {
    mark = (
      <rect
        x={x}
        y={y}
        width={Math.max(width, 4)}
        height={height}
        rx={2}
        fill={`url(#${hatchId(idPrefix)})`}
        stroke={color('chartBar')}
        strokeWidth={1}
      />
    );
  }

  return (
    <g>
      <title>{markTitle(`${payload.dateText}: ${payload.title}`, payload.provenance)}</title>
      {variant === 'wide' ? (
        <text x={left} y={y - 6} fontSize={fontSize} {...haloText}>
          {truncate(`${payload.dateText} · ${payload.title}`, titleChars.wide)}
        </text>
      ) : (
        <text x={left} y={y - 6 - fontSize * 1.2} fontSize={fontSize} {...haloText}>
          <tspan fontWeight={600}>{payload.dateText}</tspan>
          <tspan x={left} dy={fontSize * 1.2}>
            {truncate(payload.title, titleChars.narrow)}
          </tspan>
        </text>
      )}
      {mark}
      {payload.clippedStart && (
        <polyline
          points={`${x + 9},${mid - 5} ${x + 3},${mid} ${x + 9},${mid + 5}`}
          stroke={color('chartOnBar')}
          strokeWidth={2}
          fill="none"
        />
      )}
    </g>
  );
}
