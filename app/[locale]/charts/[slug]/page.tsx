import type { Metadata } from 'next';
import { chartPreviewImage } from '@/lib/charts/preview-image';
import { notFound } from 'next/navigation';
import { ChartDownloads } from '@/components/chart-page/chart-downloads';
import { ChartEmbed } from '@/components/chart-page/chart-embed';
import { ChartSources } from '@/components/chart-page/chart-sources';
import { SectionTabs } from '@/components/chart-page/section-tabs';
import { ChartDataTable } from '@/components/charts/chart-data-table';
import { ChartFigure } from '@/components/charts/chart-figure';
import { JsonLd } from '@/components/site/json-ld';
import { chartSourcesData } from '@/lib/charts/chart-sources';
import { datasetJsonLd } from '@/lib/downloads/dataset-json-ld';
import { chartImageHref } from '@/lib/downloads/files';
import { chartTableName } from '@/lib/downloads/tables';
import { briefing } from '@/lib/model/current';
import { pageMetadata } from '@/lib/page-metadata';

// Every chart is prerendered; any other slug is the 404 page.
export const dynamicParams = false;

export function generateStaticParams() {
  return briefing.charts.map((chart) => ({ slug: chart.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const model = briefing.findChart((await params).slug);
  if (!model) return {};
  return pageMetadata({
    path: `/charts/${model.slug}`,
    title: model.title,
    description: model.subtitle,
    image: chartPreviewImage(model),
    oembed: { path: `/oembed/${model.slug}.json`, title: model.title },
  });
}

export default async function ChartPage({ params }: Props) {
  const model = briefing.findChart((await params).slug);
  if (!model) notFound();
  const { slug } = model;
  const corrections = [
    ...briefing.correctionsOf('chart', slug),
    ...model.claimIds.flatMap((id) => briefing.correctionsOf('claim', id)),
  ];

  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <a href="/charts">Charts</a> › <span aria-current="page">{model.title}</span>
      </nav>
      <SectionTabs
        label={`${model.title}: sections`}
        sections={[
          {
            id: 'chart',
            label: 'Chart',
            content: <ChartFigure model={model} heading="h1" />,
          },
          {
            id: 'table',
            label: 'Table',
            content: <ChartDataTable model={model} />,
          },
          {
            id: 'sources',
            label: 'Sources',
            content: <ChartSources {...chartSourcesData(briefing, model)} />,
          },
          { id: 'download', label: 'Download', content: <ChartDownloads slug={slug} /> },
          { id: 'embed', label: 'Embed', content: <ChartEmbed model={model} /> },
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
            imagePath: chartImageHref(slug, 'png'),
          }),
          // schema.org correction: each correction to the chart or a figure it shows.
          ...(corrections.length > 0
            ? {
                correction: [...new Map(corrections.map((c) => [c.id, c])).values()].map(
                  (correction) => ({
                    '@type': 'CorrectionComment',
                    datePublished: correction.date,
                    text: `${correction.change} ${correction.why}`,
                  }),
                ),
              }
            : {}),
        }}
      />
    </>
  );
}
