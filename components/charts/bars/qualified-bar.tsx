import { usePlotArea, useXAxisScale } from 'recharts';
import { barLayout, estimateTextWidth } from '@/lib/charts/dimensions';
import type { BarDatum } from '@/lib/charts/types';
import { color } from '@/lib/theme';
import { fadeId, haloText, hatchId } from '../chart-defs';
import { markTitle } from '../mark-title';

interface QualifiedBarProps {
  idPrefix: string;
  fontSize: number;
  // Filled in by recharts when it clones this element for each bar.
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  payload?: BarDatum;
}

/** Length of the open arrow past a "more than" bar, and of the blurred zone of an "about" bar. */
const ARROW = 30;
const BLUR = 10;
const GAP = 6;

/**
 * One bar, drawn so that its qualifier shows in its shape, not its colour:
 * hatched when derived, a blurred end when approximate, an open arrow when a
 * lower bound, a bracketed light segment for a range, a star for a record.
 */
export function QualifiedBar({
  idPrefix,
  fontSize,
  x = 0,
  y = 0,
  width = 0,
  height = 0,
  payload,
}: QualifiedBarProps) {
  const scale = useXAxisScale();
  const plot = usePlotArea();
  if (!payload) return null;

  const end = x + width;
  const mid = y + height / 2;
  const highX = payload.high !== null && scale ? (scale(payload.high) ?? end) : end;
  let reach = end;

  const parts = [];
  if (payload.qualifier === 'derived') {
    parts.push(
      <rect
        key="body"
        x={x}
        y={y}
        width={width}
        height={height}
        fill={`url(#${hatchId(idPrefix)})`}
        stroke={color('chartBar')}
        strokeWidth={1.5}
      />,
    );
  } else if (payload.qualifier === 'approximately') {
    parts.push(
      <rect
        key="body"
        x={x}
        y={y}
        width={Math.max(0, width - BLUR)}
        height={height}
        fill={color('chartBar')}
      />,
      <rect
        key="blur"
        x={end - BLUR}
        y={y}
        width={BLUR * 2}
        height={height}
        fill={`url(#${fadeId(idPrefix)})`}
      />,
    );
    reach = end + BLUR;
  } else {
    parts.push(
      <rect key="body" x={x} y={y} width={width} height={height} fill={color('chartBar')} />,
    );
  }

  if (payload.qualifier === 'more-than') {
    parts.push(
      <g key="open-end" stroke={color('chartBar')} strokeWidth={2} fill="none">
        <line x1={end} y1={mid} x2={end + ARROW} y2={mid} strokeDasharray="4 3" />
        <polyline
          points={`${end + ARROW - 7},${mid - 6} ${end + ARROW},${mid} ${end + ARROW - 7},${mid + 6}`}
        />
      </g>,
    );
    reach = end + ARROW;
  }
  if (payload.qualifier === 'range' && highX > end) {
    parts.push(
      <g key="range">
        <rect
          x={end}
          y={y}
          width={highX - end}
          height={height}
          fill={color('chartBarTint')}
          stroke={color('chartBar')}
          strokeWidth={1}
          strokeDasharray="3 2"
        />
        <path
          d={`M${end},${y - 4}v${height + 8}M${highX},${y - 4}v${height + 8}`}
          stroke={color('chartText')}
          strokeWidth={1.5}
        />
      </g>,
    );
    reach = highX;
  }
  if (payload.qualifier === 'record') {
    const cx = end + 10;
    const r = 7;
    const star = Array.from({ length: 10 }, (_, i) => {
      const radius = i % 2 === 0 ? r : r * 0.45;
      const angle = (Math.PI / 5) * i - Math.PI / 2;
      return `${(cx + radius * Math.cos(angle)).toFixed(1)},${(mid + radius * Math.sin(angle)).toFixed(1)}`;
    }).join(' ');
    parts.push(<polygon key="record" points={star} fill={color('chartAccent')} />);
    reach = end + 2 * r + 4;
  }

  // The value goes after the mark when it fits inside the plot, else inside the bar's end.
  const valueText = payload.annotation
    ? `${payload.valueText} · ${payload.annotation}`
    : payload.valueText;
  const plotRight = plot ? plot.x + plot.width : end;
  const fitsOutside = reach + GAP + estimateTextWidth(valueText, fontSize) <= plotRight;
  const labelX = plot ? plot.x : x;

  return (
    <g>
      <title>{markTitle(`${payload.label}: ${valueText}`, payload.provenance)}</title>
      <text
        x={labelX}
        y={y - barLayout.labelOffset}
        fontSize={fontSize}
        fontWeight={600}
        {...haloText}
      >
        {payload.label}
      </text>
      {parts}
      <text
        x={fitsOutside ? reach + GAP : end - GAP}
        y={mid}
        dy="0.35em"
        textAnchor={fitsOutside ? 'start' : 'end'}
        fontSize={fontSize}
        fontWeight={600}
        fill={color(fitsOutside ? 'chartText' : 'chartOnBar')}
      >
        {valueText}
      </text>
    </g>
  );
}
