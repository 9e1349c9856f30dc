'use client';

import { useState, useSyncExternalStore, type ComponentType, type ReactNode } from 'react';
import type { LiveChartModel } from '@/lib/charts/types';

type LiveChartComponent = ComponentType<{ model: LiveChartModel }>;

const subscribeToNothing = () => () => {};

interface InteractiveChartProps {
  model: LiveChartModel;
  /** The baked panels, rendered on the server. */
  children: ReactNode;
  /** Capped at the narrow size (see .chart-canvas-compact). */
  compact: boolean;
}

/**
 * Shows the baked chart, and swaps in the live recharts chart (tooltips,
 * keyboard exploration) when the reader points at it, touches it or tabs to
 * it. recharts loads only then, so pages stay light; the live chart is drawn
 * at the baked chart's size and scale, so nothing moves when it takes over.
 */
export function InteractiveChart({ model, children, compact }: InteractiveChartProps) {
  const [Live, setLive] = useState<LiveChartComponent | null>(null);
  // False in the server HTML, true once hydrated: no effect, no extra render pass.
  const hydrated = useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );

  const activate = () => {
    if (Live) return;
    void import('./live-chart').then((module) => setLive(() => module.LiveChart));
  };

  return (
    <div
      className={compact ? 'chart-canvas chart-canvas-compact' : 'chart-canvas'}
      data-live={Live ? 'true' : 'false'}
      onPointerEnter={activate}
      onTouchStart={activate}
      onFocus={activate}
      // Focusable only once it can do something: without JavaScript it would be a dead stop.
      tabIndex={hydrated && !Live ? 0 : undefined}
      role={hydrated && !Live ? 'group' : undefined}
      aria-label={hydrated && !Live ? `${model.title}: interactive chart` : undefined}
    >
      {Live ? <Live model={model} /> : children}
    </div>
  );
}
