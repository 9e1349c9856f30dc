import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import {
  barLayout,
  panelHeight,
  variantFontSize,
  variantWidth,
  type ChartVariant,
} from '@/lib/charts/dimensions';
import type { BarPanel } from '@/lib/charts/types';
import { color } from '@/lib/theme';
import { ChartDefs } from '../chart-defs';
import { ChartTooltip } from '../chart-tooltip';
import { QualifiedBar } from './qualified-bar';

interface QualifiedBarChartProps {
  panel: BarPanel;
  variant: ChartVariant;
  idPrefix: string;
  /** Live in the browser: tooltips and recharts' keyboard layer. Baked: neither. */
  interactive: boolean;
}

/** Horizontal bars, one per claim, each with its label above it and its value after it. */
export function QualifiedBarChart({
  panel,
  variant,
  idPrefix,
  interactive,
}: QualifiedBarChartProps) {
  const tickLabel = new Map(
    panel.axis.ticks.map((tick, i) => [tick, panel.axis.tickLabels[i] ?? '']),
  );
  return (
    <BarChart
      width={variantWidth[variant]}
      height={panelHeight(panel, variant)}
      data={panel.bars}
      layout="vertical"
      margin={{
        top: barLayout.marginTop,
        right: barLayout.marginRight,
        bottom: 0,
        left: barLayout.marginLeft,
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
        height={barLayout.axisHeight}
      />
      <YAxis type="category" dataKey="key" hide />
      <Bar
        dataKey="value"
        barSize={barLayout.barHeight}
        isAnimationActive={false}
        shape={<QualifiedBar idPrefix={idPrefix} fontSize={variantFontSize[variant]} />}
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
