import { latinLength } from './text-width';
import type { ChartPanel } from './types';
/**
 * Every chart is drawn at two fixed sizes: baked to SVG at build time and,
 * when a reader interacts, redrawn live by recharts at exactly the same size
 * and scaled to the container the same way. The two are pixel for pixel
 * alike, so the live chart takes over with no layout shift.
 */
export const chartVariants = ['narrow', 'wide'] as const;
export type ChartVariant = (typeof chartVariants)[number];

export const variantWidth: Record<ChartVariant, number> = { narrow: 360, wide: 720 };

/** Containers at least this wide show the wide variant (CSS container query and live chart agree). */
export const WIDE_VARIANT_MIN_WIDTH = 560;

/** Text is a little larger in the narrow variant, which phones show at about 0.9× scale. */
export const variantFontSize: Record<ChartVariant, number> = { narrow: 13, wide: 12 };

/** Rough width of a line of chart text in any script, for placing labels; errs wide. */
export function estimateTextWidth(text: string, fontSize: number): number {
  return latinLength(text) * fontSize * 0.6;
}

// The right margin leaves room for the last tick label, centred on the axis end ("15mn").
export const barLayout = {
  marginTop: 4,
  marginRight: 24,
  marginLeft: 14,
  axisHeight: 30,
  /** A row is a label line above its bar. */
  rowHeight: 58,
  barHeight: 22,
  labelOffset: 8,
} as const;

export function barPanelHeight(rows: number): number {
  return barLayout.marginTop + rows * barLayout.rowHeight + barLayout.axisHeight;
}

// Wider left margin than bars: the first tick ("Jan 2024") is centred on the axis start.
export const timelineLayout = {
  // Room above the first row for its label line(s).
  marginTop: 16,
  marginRight: 28,
  marginLeft: 28,
  axisHeight: 30,
  /** Wide: one line of date and title above the mark. Narrow: date and title on two lines. */
  rowHeight: { wide: 40, narrow: 56 } as Record<ChartVariant, number>,
  markHeight: 12,
} as const;

export function timelineHeight(rows: number, variant: ChartVariant): number {
  return (
    timelineLayout.marginTop + rows * timelineLayout.rowHeight[variant] + timelineLayout.axisHeight
  );
}

export function panelHeight(panel: ChartPanel, variant: ChartVariant): number {
  return panel.kind === 'bars'
    ? barPanelHeight(panel.bars.length)
    : timelineHeight(panel.events.length, variant);
}

/** Truncates to at most `max` characters with an ellipsis; the full text stays in titles and tables. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
