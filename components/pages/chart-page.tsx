import type { PageProps } from './page-props';
import { ChartDownloads } from '@/components/chart-page/chart-downloads';
import { ChartEmbed } from '@/components/chart-page/chart-embed';
import { ChartSources } from '@/components/chart-page/chart-sources';
import { SectionTabs } from '@/components/chart-page/section-tabs';
import { ChartDataTable } from '@/components/charts/chart-data-table';
import { ChartFigure } from '@/components/charts/chart-figure';
import { JsonLd } from '@/components/site/json-ld';
import { chartSourcesData } from '@/lib/charts/chart-sources';
import type { ChartModel } from '@/lib/charts/types';
import { datasetJsonLd } from '@/lib/downloads/dataset-json-ld';
import { chartImageHref } from '@/lib/downloads/file-names';
import { chartTableName } from '@/lib/downloads/tables';
import { translator } from '@/lib/i18n/messages';
import { localePath } from '@/lib/i18n/paths';

/** /charts/<slug>: the chart, its table, sources, downloads and embed code, as tabs. */
export function ChartPage({
  briefing,
  model,
  locale,
}: PageProps & {
  model: ChartModel;
}) {
  const t = translator(locale, 'ChartPage');
  const words = briefing.words(locale);
  const { slug } = model;
  const corrections = [
    ...briefing.correctionsOf('chart', slug),
    ...model.claimIds.flatMap((id) => briefing.correctionsOf('claim', id)),
  ];
  return (
    <>
      <nav aria-label={t('breadcrumb')} className="breadcrumb">
        <a href={localePath('/charts', locale)}>{translator(locale, 'ChartsIndex')('title')}</a> ›{' '}
        <span aria-current="page">{model.title}</span>
      </nav>
      <SectionTabs
        label={t('sections', { title: model.title })}
        sections={[
          {
            id: 'chart',
            label: t('chart'),
            content: <ChartFigure model={model} locale={locale} heading="h1" />,
          },
          {
            id: 'table',
            label: t('table'),
            content: <ChartDataTable model={model} locale={locale} />,
          },
          {
            id: 'sources',
            label: t('sources'),
            content: (
              <ChartSources
                {...chartSourcesData(briefing, model, locale)}
                locale={locale}
                words={words}
              />
            ),
          },
          {
            id: 'download',
            label: t('download'),
            content: <ChartDownloads slug={slug} locale={locale} />,
          },
          { id: 'embed', label: t('embed'), content: <ChartEmbed model={model} locale={locale} /> },
        ]}
      />
      <JsonLd
        data={{
          ...datasetJsonLd({
            name: model.title,
            description: model.description,
            pagePath: `/charts/${slug}`,
            table: chartTableName(slug),
            sources: model.sources.map((source) => briefing.source(source.id)),
            imagePath: chartImageHref(slug, 'png', locale),
            locale,
          }),
          // schema.org correction: each correction to the chart or a figure it shows.
          ...(corrections.length > 0
            ? {
                correction: [...new Map(corrections.map((c) => [c.id, c])).values()].map(
                  (correction) => {
                    const { change, why } = words.correction(correction.id);
                    return {
                      '@type': 'CorrectionComment',
                      datePublished: correction.date,
                      text: `${change} ${why}`,
                    };
                  },
                ),
              }
            : {}),
        }}
      />
    </>
  );
}
