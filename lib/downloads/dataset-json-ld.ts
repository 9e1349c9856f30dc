import { localeInfo, type Locale } from '../i18n/locales';
import { localePath } from '../i18n/paths';
import type { Source } from '../data/schema';
import { XLSX_TYPE } from './xlsx';
import { absoluteUrl, publicUrl, siteName } from '../site';
import { dataHref } from './file-names';

/** An article as schema.org NewsArticle: only what it gives (no URL unless it prints one). */
export function newsArticleJsonLd(source: Source) {
  return {
    '@type': 'NewsArticle',
    headline: source.title,
    datePublished: source.publishedOn,
    ...(source.author
      ? {
          author: {
            '@type': source.authorKind === 'desk' ? 'Organization' : 'Person',
            name: source.author,
          },
        }
      : {}),
    ...(source.publisher ? { publisher: { '@type': 'Organization', name: source.publisher } } : {}),
    ...(source.url ? { url: source.url } : {}),
  };
}

export const briefingJsonLd = { '@type': 'Organization', name: siteName } as const;

/**
 * schema.org Dataset for a page that offers data (Google's Dataset
 * guidelines): what it is, where its files are, and the articles behind it.
 * The briefing is its creator: it selects and calculates; the articles are
 * cited, not credited with the briefing's work.
 */
export function datasetJsonLd({
  name,
  description,
  pagePath,
  table,
  sources,
  imagePath,
  locale,
}: {
  name: string;
  description: string;
  pagePath: string;
  /** The download's name: /data/<table>.csv and .json. */
  table: string;
  sources: readonly Source[];
  imagePath?: string;
  /** The page's language: its name and description are in it; its files are the same in all. */
  locale: Locale;
}) {
  const image = imagePath ? absoluteUrl(imagePath) : null;
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name,
    description,
    url: publicUrl(localePath(pagePath, locale)),
    inLanguage: localeInfo[locale].tag,
    isAccessibleForFree: true,
    creator: briefingJsonLd,
    ...(image ? { image } : {}),
    distribution: [
      {
        '@type': 'DataDownload',
        encodingFormat: 'text/csv',
        contentUrl: publicUrl(dataHref(`${table}.csv`)),
      },
      {
        '@type': 'DataDownload',
        encodingFormat: XLSX_TYPE,
        contentUrl: publicUrl(dataHref(`${table}.xlsx`)),
      },
      {
        '@type': 'DataDownload',
        encodingFormat: 'application/json',
        contentUrl: publicUrl(dataHref(`${table}.json`)),
      },
    ],
    citation: sources.map(newsArticleJsonLd),
  };
}
