import type { ChartSlug } from '@/lib/charts/catalogue';
import { readBakedPanels } from '@/lib/charts/baked-store';
import { chartVariants } from '@/lib/charts/dimensions';
import { ChartPanelFrame } from './chart-panel-frame';

/**
 * The baked SVGs of a chart's panels, both sizes, in the server HTML: the
 * chart is there before and without JavaScript. A container query shows the
 * size that fits (see .chart-variant in globals.css).
 */
export function BakedPanels({ slug }: { slug: ChartSlug }) {
  return readBakedPanels(slug).map((panel) => (
    <ChartPanelFrame key={panel.id} title={panel.title}>
      {chartVariants.map((variant) => (
        <div
          key={variant}
          className={`chart-variant chart-variant-${variant}`}
          style={{ aspectRatio: `${panel[variant].width} / ${panel[variant].height}` }}
          // Markup baked at build time from data/ by our own components; no reader input reaches it.
          dangerouslySetInnerHTML={{ __html: panel[variant].svg }}
        />
      ))}
    </ChartPanelFrame>
  ));
}
