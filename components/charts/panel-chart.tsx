import type { ChartVariant } from '@/lib/charts/dimensions';
import type { ChartPanel } from '@/lib/charts/types';
import { QualifiedBarChart } from './bars/qualified-bar-chart';
import { TimelineChart } from './timeline/timeline-chart';

export interface PanelChartProps {
  panel: ChartPanel;
  variant: ChartVariant;
  idPrefix: string;
  interactive: boolean;
}

/**
 * The one chart definition for every rendering: baked to SVG at build time,
 * drawn live in the browser, and composed into SVG and PNG downloads.
 */
export function PanelChart({ panel, ...rest }: PanelChartProps) {
  return panel.kind === 'bars' ? (
    <QualifiedBarChart panel={panel} {...rest} />
  ) : (
    <TimelineChart panel={panel} {...rest} />
  );
}
