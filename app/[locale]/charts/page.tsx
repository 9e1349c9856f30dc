import type { Metadata } from 'next';
import { chartHref } from '@/lib/links';
import { briefingTitle } from '@/lib/briefing-title';
import { chartImageHref } from '@/lib/downloads/files';
import { briefing } from '@/lib/model/current';
import { pageMetadata } from '@/lib/page-metadata';

export const metadata: Metadata = pageMetadata({
  path: '/charts',
  title: 'Charts',
  description: `Every chart of ${briefingTitle(briefing)}, each with its data, sources and downloads.`,
});

export default function ChartsIndexPage() {
  return (
    <>
      <h1>Charts</h1>
      <ul className="chart-index">
        {briefing.charts.map((model) => (
          <li key={model.slug}>
            <h2>
              <a href={chartHref(model.slug)}>{model.title}</a>
            </h2>
            <p>{model.subtitle}</p>
            <p className="muted">
              <a href={chartImageHref(model.slug, 'png')}>PNG</a> ·{' '}
              <a href={chartImageHref(model.slug, 'svg')}>SVG</a>
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
