import { Bar, ReferenceLine } from 'recharts';
import {
  panelHeight,
  timelineLayout,
  variantFontSize,
  variantWidth,
  type ChartVariant,
} from '@/lib/charts/dimensions';
import type { TimelinePanel } from '@/lib/charts/types';
import { color } from '@/lib/theme';
import { RowChart } from '../row-chart';
import { TimelineMark } from './timeline-mark';

interface TimelineChartProps {
  panel: TimelinePanel;
  variant: ChartVariant;
  idPrefix: string;
  interactive: boolean;
}

/** Dated events on a time axis, one row each, oldest at the top. */
export function TimelineChart({ panel, variant, idPrefix, interactive }: TimelineChartProps) {
  return (
    <RowChart
      data={panel.events}
      width={variantWidth[variant]}
      height={panelHeight(panel, variant)}
      layout={timelineLayout}
      axis={panel.axis}
      fontSize={variantFontSize[variant]}
      idPrefix={idPrefix}
      interactive={interactive}
      clipToAxis
    >
      {panel.marker && (
        <ReferenceLine
          x={panel.marker.time}
          stroke={color('chartAccent')}
          strokeWidth={1.5}
          strokeDasharray="5 4"
        />
      )}
      <Bar
        dataKey="span"
        barSize={timelineLayout.markHeight}
        isAnimationActive={false}
        shape={<TimelineMark idPrefix={idPrefix} variant={variant} />}
      />
    </RowChart>
  );
}
