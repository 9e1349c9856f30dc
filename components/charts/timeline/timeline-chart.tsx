import { Bar, BarChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import {
  panelHeight,
  timelineLayout,
  variantFontSize,
  variantWidth,
  type ChartVariant,
} from '@/lib/charts/dimensions';
import type { TimelinePanel } from '@/lib/charts/types';
import { color } from '@/lib/theme';
import { ChartDefs } from '../chart-defs';
import { ChartTooltip } from '../chart-tooltip';
import { TimelineMark } from './timeline-mark';

interface TimelineChartProps {
  panel: TimelinePanel;
  variant: ChartVariant;
  idPrefix: string;
  interactive: boolean;
}

/** Dated events on a time axis, one row each, oldest at the top. */
export function TimelineChart({ panel, variant, idPrefix, interactive }: TimelineChartProps) {
  const tickLabel = new Map(
    panel.axis.ticks.map((tick, i) => [tick, panel.axis.tickLabels[i] ?? '']),
  );
  return (
    <BarChart
      width={variantWidth[variant]}
      height={panelHeight(panel, variant)}
      data={panel.events}
      layout="vertical"
      margin={{
        top: timelineLayout.marginTop,
        right: timelineLayout.marginRight,
        bottom: 0,
        left: timelineLayout.marginLeft,
      }}
      barCategoryGap={0}
      accessibilityLayer={interactive}
    >
      <ChartDefs prefix={idPrefix} />
      <CartesianGrid horizontal={false} stroke={color('chartGrid')} />
      <XAxis
        type="number"
        domain={panel.axis.domain}
        ticks={panel.axis.ticks}
        interval={0}
        tickFormatter={(value: number) => tickLabel.get(value) ?? ''}
        tick={{ fill: color('chartMuted'), fontSize: variantFontSize[variant] }}
        stroke={color('chartAxis')}
        height={timelineLayout.axisHeight}
        allowDataOverflow
      />
      <YAxis type="category" dataKey="key" hide />
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
      {interactive && (
        <Tooltip
          content={<ChartTooltip />}
          cursor={{ fill: color('chartHover') }}
          isAnimationActive={false}
          // The quote may be taller than the chart: let it run below rather than be cut.
          allowEscapeViewBox={{ x: false, y: true }}
          wrapperStyle={{ zIndex: 3 }}
        />
      )}
    </BarChart>
  );
}
