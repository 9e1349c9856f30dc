import type { Dataset } from '../data/dataset';
import { absoluteUrl, siteName } from '../site';
import { dataHref } from './files';

/**
 * schema.org Dataset for a page that offers data (Google's Dataset
 * guidelines): what it is, where its files are, and the articles behind it.
 */
export function datasetJsonLd(
  dataset: Dataset,
  {
    name,
    description,
    pagePath,
    table,
  }: { name: string; description: string; pagePath: string; table: string },
) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name,
    description,
    url: absoluteUrl(pagePath),
    isAccessibleForFree: true,
    creator: { '@type': 'Organization', name: siteName },
    distribution: [
      {
        '@type': 'DataDownload',
        encodingFormat: 'text/csv',
        contentUrl: absoluteUrl(dataHref(`${table}.csv`)),
      },
      {
        '@type': 'DataDownload',
        encodingFormat: 'application/json',
        contentUrl: absoluteUrl(dataHref(`${table}.json`)),
      },
    ],
    citation: dataset.sources.map((source) => ({
      '@type': 'NewsArticle',
      headline: source.title,
      datePublished: source.publishedOn,
      ...(source.publisher
        ? { publisher: { '@type': 'Organization', name: source.publisher } }
        : {}),
    })),
  };
}
