import type { ReactNode } from 'react';
import { BarChart, CartesianGrid, Text, Tooltip, XAxis, YAxis } from 'recharts';
import type { XAxisTickContentProps } from 'recharts/types/util/types';
import { tickAnchor } from '@/lib/charts/axis';
import { estimateTextWidth } from '@/lib/charts/dimensions';
import type { Axis } from '@/lib/charts/types';
import { color } from '@/lib/theme';
import { ChartDefs } from './chart-defs';
import { ChartTooltip } from './chart-tooltip';

interface RowChartProps {
  /** One row per datum, keyed by `key`. */
  data: readonly { key: string }[];
  width: number;
  height: number;
  layout: { marginTop: number; marginRight: number; marginLeft: number; axisHeight: number };
  axis: Axis;
  fontSize: number;
  idPrefix: string;
  /** Live in the browser: tooltips and recharts' keyboard layer. Baked: neither. */
  interactive: boolean;
  /** Clip marks to the axis: the timeline cuts periods that begin before it. */
  clipToAxis?: boolean;
  /** The marks (a <Bar> with a custom shape) and any reference lines. */
  children: ReactNode;
}

/**
 * What our bar and timeline charts share: rows down the side (a hidden
 * category axis), one horizontal value or time axis with our own tick
 * labels, vertical grid lines, the SVG patterns, and the live tooltip.
 */
export function RowChart({
  data,
  width,
  height,
  layout,
  axis,
  fontSize,
  idPrefix,
  interactive,
  clipToAxis = false,
  children,
}: RowChartProps) {
  const tickLabel = new Map(axis.ticks.map((tick, i) => [tick, axis.tickLabels[i] ?? '']));
  return (
    <BarChart
      width={width}
      height={height}
      data={[...data]}
      layout="vertical"
      margin={{
        top: layout.marginTop,
        right: layout.marginRight,
        bottom: 0,
        left: layout.marginLeft,
      }}
      barCategoryGap={0}
      accessibilityLayer={interactive}
    >
      <ChartDefs prefix={idPrefix} />
      <CartesianGrid horizontal={false} stroke={color('chartGrid')} />
      <XAxis
        type="number"
        domain={axis.domain}
        ticks={axis.ticks}
        interval={0}
        tickFormatter={(value: number) => tickLabel.get(value) ?? ''}
        tick={(props: XAxisTickContentProps) => {
          const label = tickLabel.get(Number(props.payload.value)) ?? '';
          return (
            <Text
              {...props}
              fill={color('chartMuted')}
              fontSize={fontSize}
              textAnchor={tickAnchor(Number(props.x), estimateTextWidth(label, fontSize), width)}
            >
              {label}
            </Text>
          );
        }}
        stroke={color('chartAxis')}
        height={layout.axisHeight}
        allowDataOverflow={clipToAxis}
      />
      <YAxis type="category" dataKey="key" hide />
      {children}
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
