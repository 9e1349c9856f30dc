import type { LegendEntry } from '@/lib/charts/types';
import { color } from '@/lib/theme';

/**
 * Patterns shared by the marks of one SVG. Ids carry a per-SVG prefix: a page
 * shows many charts, each baked at two sizes, and ids must stay unique.
 */
export const hatchId = (prefix: string) => `${prefix}-hatch`;
export const fadeId = (prefix: string) => `${prefix}-fade`;

/** Text with a halo in the background colour, so grid and reference lines never cut through it. */
export const haloText = {
  fill: color('chartText'),
  stroke: color('background'),
  strokeWidth: 3,
  strokeLinejoin: 'round',
  paintOrder: 'stroke',
} as const;

/** Which marks fill with which pattern: the hatch for derived and imprecise, the fade for approximate. */
const hatchedMarks: ReadonlySet<LegendEntry['mark']> = new Set(['derived', 'imprecise']);
const fadedMarks: ReadonlySet<LegendEntry['mark']> = new Set(['approximately']);

export interface ChartPatterns {
  hatch: boolean;
  fade: boolean;
}

/** The patterns a set of marks needs, so a page carries no definition nothing uses. */
export function patternsFor(marks: readonly LegendEntry['mark'][]): ChartPatterns {
  return {
    hatch: marks.some((mark) => hatchedMarks.has(mark)),
    fade: marks.some((mark) => fadedMarks.has(mark)),
  };
}

/** Every pattern by default: a chart's baked SVG drops the ones its marks do not use (cleanSvg). */
export function ChartDefs({
  prefix,
  patterns = { hatch: true, fade: true },
}: {
  prefix: string;
  patterns?: ChartPatterns;
}) {
  return (
    <defs>
      {patterns.hatch && (
        <pattern
          id={hatchId(prefix)}
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="6" height="6" fill={color('chartBarTint')} />
          <line x1="0" y1="0" x2="0" y2="6" stroke={color('chartBar')} strokeWidth="3" />
        </pattern>
      )}
      {patterns.fade && (
        <linearGradient id={fadeId(prefix)} x1="0" x2="1" y1="0" y2="0">
          <stop offset="0" stopColor={color('chartBar')} stopOpacity="1" />
          <stop offset="1" stopColor={color('chartBar')} stopOpacity="0" />
        </linearGradient>
      )}
    </defs>
  );
}
