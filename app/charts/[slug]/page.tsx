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
import { chartImageHref, dataHref } from '@/lib/downloads/files';
import { chartTableName } from '@/lib/downloads/tables';
import { absoluteUrl, siteName } from '@/lib/site';
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
  return {
    title: model.title,
    description: model.subtitle,
    alternates: {
      canonical: `/charts/${slug}`,
      // oEmbed discovery (oembed.com §4): how WordPress and others find the embed.
      types: { 'application/json+oembed': [{ url: `/oembed/${slug}.json`, title: model.title }] },
    },
    openGraph: {
      title: model.title,
      description: model.subtitle,
      url: `/charts/${slug}`,
      images: [{ url: chartImageHref(slug, 'png'), alt: model.description }],
    },
    twitter: { card: 'summary_large_image', images: [chartImageHref(slug, 'png')] },
  };
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
            content: <ChartSources model={model} />,
          },
          { id: 'download', label: 'Download', content: <ChartDownloads slug={slug} /> },
          { id: 'embed', label: 'Embed', content: <ChartEmbed model={model} /> },
        ]}
      />
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'Dataset',
          name: model.title,
          description: model.description,
          url: absoluteUrl(`/charts/${slug}`),
          isAccessibleForFree: true,
          creator: { '@type': 'Organization', name: siteName },
          citation: model.sourceIds.map((id) => {
            const source = sourceById(dataset, id);
            return {
              '@type': 'NewsArticle',
              headline: source.title,
              datePublished: source.publishedOn,
              ...(source.publisher
                ? { publisher: { '@type': 'Organization', name: source.publisher } }
                : {}),
            };
          }),
          image: absoluteUrl(chartImageHref(slug, 'png')),
          distribution: [
            {
              '@type': 'DataDownload',
              encodingFormat: 'text/csv',
              contentUrl: absoluteUrl(dataHref(`${chartTableName(slug)}.csv`)),
            },
            {
              '@type': 'DataDownload',
              encodingFormat: 'application/json',
              contentUrl: absoluteUrl(dataHref(`${chartTableName(slug)}.json`)),
            },
          ],
        }}
      />
    </>
  );
}
