import type { ReactNode } from 'react';

interface ChartCanvasProps {
  slug: string;
  /** The chart's live model in the page's language (/data/), fetched only when a reader reaches for the chart. */
  liveModelHref: string;
  /** What the canvas is called once it can be explored: "<title>: interactive chart". */
  interactiveLabel: string;
  /** Capped at the narrow size (see .chart-canvas-compact). */
  compact: boolean;
  /** The baked panels. */
  children: ReactNode;
}

/**
 * Where a chart is drawn: the baked panels in the page's HTML. The browser
 * swaps in the live recharts chart (tooltips, keyboard exploration) when the
 * reader points at it, touches it or tabs to it (components/islands/charts.ts);
 * recharts and the live model load only then, and the live chart is drawn at
 * the baked chart's size and scale, so nothing moves when it takes over.
 */
export function ChartCanvas({
  slug,
  liveModelHref,
  interactiveLabel,
  compact,
  children,
}: ChartCanvasProps) {
  return (
    <div
      className={compact ? 'chart-canvas chart-canvas-compact' : 'chart-canvas'}
      data-chart={slug}
      data-live="false"
      data-live-model={liveModelHref}
      data-interactive-label={interactiveLabel}
    >
      {children}
    </div>
  );
}
