import type { PageProps } from './page-props';
import { chartImageHref } from '@/lib/downloads/file-names';
import { translator } from '@/lib/i18n/messages';
import { chartHref } from '@/lib/links';

/** /charts: every chart, with its subtitle and images. */
export function ChartsIndexPage({ briefing, locale }: PageProps) {
  const downloads = translator(locale, 'Downloads');
  return (
    <>
      <h1>{translator(locale, 'ChartsIndex')('title')}</h1>
      <ul className="chart-index">
        {briefing.charts(locale).map((model) => (
          <li key={model.slug}>
            <h2>
              <a href={chartHref(model.slug, locale)}>{model.title}</a>
            </h2>
            <p>{model.subtitle}</p>
            <p className="muted">
              <a href={chartImageHref(model.slug, 'png', locale)}>{downloads('png')}</a> ·{' '}
              <a href={chartImageHref(model.slug, 'svg', locale)}>{downloads('svg')}</a>
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
