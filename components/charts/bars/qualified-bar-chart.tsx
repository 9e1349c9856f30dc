import { Bar } from 'recharts';
import {
  barLayout,
  panelHeight,
  variantFontSize,
  variantWidth,
  type ChartVariant,
} from '@/lib/charts/dimensions';
import type { BarPanel } from '@/lib/charts/types';
import { RowChart } from '../row-chart';
import { QualifiedBar } from './qualified-bar';

interface QualifiedBarChartProps {
  panel: BarPanel;
  variant: ChartVariant;
  idPrefix: string;
  interactive: boolean;
}

/** Horizontal bars, one per claim, each with its label above it and its value after it. */
export function QualifiedBarChart({
  panel,
  variant,
  idPrefix,
  interactive,
}: QualifiedBarChartProps) {
  return (
    <RowChart
      data={panel.bars}
      width={variantWidth[variant]}
      height={panelHeight(panel, variant)}
      layout={barLayout}
      axis={panel.axis}
      fontSize={variantFontSize[variant]}
      idPrefix={idPrefix}
      interactive={interactive}
    >
      <Bar
        dataKey="value"
        barSize={barLayout.barHeight}
        isAnimationActive={false}
        shape={<QualifiedBar idPrefix={idPrefix} fontSize={variantFontSize[variant]} />}
      />
    </RowChart>
  );
}
