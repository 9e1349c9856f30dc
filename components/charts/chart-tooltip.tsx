import type { BarDatum, TimelineDatum } from '@/lib/charts/types';
import { SOURCE_LANGUAGE } from '@/lib/i18n/locales';

interface ChartTooltipProps {
  active?: boolean;
  payload?: ReadonlyArray<{ payload?: unknown }>;
}

/** The live chart's tooltip: the figure or date, the quote and the source. */
export function ChartTooltip({ active, payload }: ChartTooltipProps) {
  const datum = payload?.[0]?.payload as BarDatum | TimelineDatum | undefined;
  if (!active || !datum) return null;
  const first = 'valueText' in datum ? `${datum.label}: ${datum.valueText}` : datum.dateText;
  const { provenance } = datum;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip-figure">{first}</p>
      <p>{provenance.heading}</p>
      {provenance.derivationLine && <p>{provenance.derivationLine}</p>}
      {provenance.quote && <blockquote lang={SOURCE_LANGUAGE}>“{provenance.quote}”</blockquote>}
      {provenance.quoteTranslation && <p>{provenance.quoteTranslation}</p>}
      <p className="chart-tooltip-source">{provenance.creditLine}</p>
    </div>
  );
}
