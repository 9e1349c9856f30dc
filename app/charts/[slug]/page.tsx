import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { dataset } from '@/data';
import { ChartDownloads } from '@/components/chart-page/chart-downloads';
import { ChartEmbed } from '@/components/chart-page/chart-embed';
import { ChartSources } from '@/components/chart-page/chart-sources';
import { SectionTabs } from '@/components/chart-page/section-tabs';
import { ChartDataTable } from '@/components/charts/chart-data-table';
import { ChartFigure } from '@/components/charts/chart-figure';
import { JsonLd } from '@/components/site/json-ld';
import { chartSlugs, isChartSlug } from '@/lib/charts/catalogue';
import { buildChart } from '@/lib/charts/definitions';
import { datasetJsonLd } from '@/lib/downloads/dataset-json-ld';
import { chartImageHref } from '@/lib/downloads/files';
import { chartTableName } from '@/lib/downloads/tables';
import { pageMetadata } from '@/lib/page-metadata';
import { sourceById } from '@/lib/charts/provenance';

// Every chart is prerendered; any other slug is the 404 page.
export const dynamicParams = false;

export function generateStaticParams() {
  return chartSlugs.map((slug) => ({ slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  if (!isChartSlug(slug)) return {};
  const model = buildChart(dataset, slug);
  return pageMetadata({
    path: `/charts/${slug}`,
    title: model.title,
    description: model.subtitle,
    image: { path: chartImageHref(slug, 'png'), alt: model.description },
    oembed: { path: `/oembed/${slug}.json`, title: model.title },
  });
}

export default async function ChartPage({ params }: Props) {
  const { slug } = await params;
  if (!isChartSlug(slug)) notFound();
  const model = buildChart(dataset, slug);

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
            content: <ChartSources model={model} dataset={dataset} />,
          },
          { id: 'download', label: 'Download', content: <ChartDownloads slug={slug} /> },
          { id: 'embed', label: 'Embed', content: <ChartEmbed model={model} /> },
        ]}
      />
      <JsonLd
        data={datasetJsonLd({
          name: model.title,
          description: model.description,
          pagePath: `/charts/${slug}`,
          table: chartTableName(slug),
          sources: model.sources.map((source) => sourceById(dataset, source.id)),
          imagePath: chartImageHref(slug, 'png'),
        })}
      />
    </>
  );
}
