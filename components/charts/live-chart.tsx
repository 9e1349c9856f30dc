'use client';

import { useLayoutEffect, useRef, useState } from 'react';
import {
  panelHeight,
  variantWidth,
  WIDE_VARIANT_MIN_WIDTH,
  type ChartVariant,
} from '@/lib/charts/dimensions';
import type { ChartPanel, LiveChartModel } from '@/lib/charts/types';
import { ChartPanelFrame } from './chart-panel-frame';
import { PanelChart } from './panel-chart';

/**
 * One panel drawn live: at the fixed size of the variant the container shows,
 * scaled by CSS exactly as the baked SVG is scaled by its viewBox, so the two
 * are pixel for pixel alike. recharts corrects pointer positions for the scale.
 */
function LivePanel({ panel, slug }: { panel: ChartPanel; slug: string }) {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState<number | null>(null);

  useLayoutEffect(() => {
    const element = box.current?.parentElement?.parentElement;
    if (!element) return;
    const measure = () => setWidth(element.getBoundingClientRect().width);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const variant: ChartVariant = (width ?? 0) >= WIDE_VARIANT_MIN_WIDTH ? 'wide' : 'narrow';
  const chartWidth = variantWidth[variant];
  const chartHeight = panelHeight(panel, variant);
  return (
    <div
      ref={box}
      className="chart-variant chart-variant-live"
      style={{ aspectRatio: `${chartWidth} / ${chartHeight}` }}
    >
      {width !== null && (
        <div
          className="chart-live-scaler"
          style={{
            width: chartWidth,
            height: chartHeight,
            // The panel spans the canvas, so the canvas width is the panel width.
            transform: `scale(${width / chartWidth})`,
          }}
        >
          <PanelChart
            panel={panel}
            variant={variant}
            idPrefix={`live-${slug}-${panel.id}`}
            interactive
          />
        </div>
      )}
    </div>
  );
}

export function LiveChart({ model }: { model: LiveChartModel }) {
  return model.panels.map((panel) => (
    <ChartPanelFrame key={panel.id} title={panel.title}>
      <LivePanel panel={panel} slug={model.slug} />
    </ChartPanelFrame>
  ));
}
