import Link from 'next/link';
import type { ChartModel } from '@/lib/charts/types';
import { sourceHref } from '@/lib/tables/rows';
import { dataset } from '@/data';
import { sourceById, sourceLine } from '@/lib/charts/provenance';
import { BakedPanels } from './baked-panels';
import { ChartDataTable } from './chart-data-table';
import { ChartLegend } from './chart-legend';
import { InteractiveChart } from './interactive-chart';

interface ChartFigureProps {
  model: ChartModel;
  /** h2 on the briefing page, where the chart sits under the page's h1. */
  heading: 'h1' | 'h2' | 'h3';
  /** Link the title to the chart's own page. */
  linkTitle?: boolean;
  /** Show the data table in a disclosure under the chart (the chart page has a Table section instead). */
  withDataTable?: boolean;
}

/**
 * The one frame for every chart: title and subtitle as the caption, the
 * chart, its key, a description in words, notes on qualifiers and the
 * sources. Embeds and images carry the same parts.
 */
export function ChartFigure({
  model,
  heading: Heading,
  linkTitle = false,
  withDataTable = false,
}: ChartFigureProps) {
  const titleId = `chart-${model.slug}-title`;
  const descriptionId = `chart-${model.slug}-description`;
  return (
    <figure className="chart-figure" aria-labelledby={titleId} aria-describedby={descriptionId}>
      <figcaption>
        <Heading id={titleId} className="chart-title">
          {linkTitle ? <Link href={`/charts/${model.slug}`}>{model.title}</Link> : model.title}
        </Heading>
        <p className="chart-subtitle">{model.subtitle}</p>
      </figcaption>
      <InteractiveChart model={model}>
        <BakedPanels slug={model.slug} />
      </InteractiveChart>
      <ChartLegend entries={model.legend} idPrefix={`legend-${model.slug}`} />
      <p className="chart-description" id={descriptionId}>
        <span className="chart-meta-label">In words: </span>
        {model.description}
      </p>
      {model.notes.length > 0 && (
        <div className="chart-notes">
          <p className="chart-meta-label">Notes on the figures</p>
          <ul>
            {model.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </div>
      )}
      <p className="chart-sources">
        <span className="chart-meta-label">Source{model.sourceIds.length > 1 ? 's' : ''}: </span>
        {model.sourceIds.map((id, index) => (
          <span key={id}>
            {index > 0 && '; '}
            <a href={sourceHref(id)}>{sourceLine(sourceById(dataset, id))}</a>
          </span>
        ))}
        {linkTitle && (
          <>
            {' · '}
            <Link href={`/charts/${model.slug}`}>Data, sources and downloads</Link>
          </>
        )}
      </p>
      {withDataTable && (
        <details className="chart-data">
          <summary>Data table</summary>
          <ChartDataTable model={model} />
        </details>
      )}
    </figure>
  );
}
