import type { Metadata } from 'next';
import { dataset } from '@/data';
import { chartSlugs } from '@/lib/charts/catalogue';
import { briefingTitle } from '@/lib/briefing';
import { buildChart } from '@/lib/charts/definitions';
import { chartImageHref } from '@/lib/downloads/files';
import { pageMetadata } from '@/lib/page-metadata';

export const metadata: Metadata = pageMetadata({
  path: '/charts',
  title: 'Charts',
  description: `Every chart of ${briefingTitle(dataset)}, each with its data, sources and downloads.`,
});

export default function ChartsIndexPage() {
  return (
    <>
      <h1>Charts</h1>
      <ul className="chart-index">
        {chartSlugs.map((slug) => {
          const model = buildChart(dataset, slug);
          return (
            <li key={slug}>
              <h2>
                <a href={`/charts/${slug}`}>{model.title}</a>
              </h2>
              <p>{model.subtitle}</p>
              <p className="muted">
                <a href={chartImageHref(slug, 'png')}>PNG</a> ·{' '}
                <a href={chartImageHref(slug, 'svg')}>SVG</a>
              </p>
            </li>
          );
        })}
      </ul>
    </>
  );
}
