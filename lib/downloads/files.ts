import type { ChartSlug } from '../charts/catalogue';
import type { Dataset } from '../data/dataset';
import { dataPackage } from './data-package';
import { chartTableName, downloadTables, tableCsv, tableJson } from './tables';

/**
 * Every file the site offers for download, by URL. One list, so the routes,
 * the Download sections and the tests agree on what exists.
 */
export interface DownloadFile {
  href: string;
  label: string;
  description: string;
}

export const chartImageHref = (slug: ChartSlug, format: 'svg' | 'png') =>
  `/images/${slug}.${format}`;
export const dataHref = (file: string) => `/data/${file}`;

export function chartFiles(slug: ChartSlug): DownloadFile[] {
  const data = chartTableName(slug);
  return [
    {
      href: dataHref(`${data}.csv`),
      label: 'CSV',
      description: 'the chart’s figures with qualifier, quote and source, for spreadsheets',
    },
    {
      href: dataHref(`${data}.json`),
      label: 'JSON',
      description: 'the same, with field descriptions',
    },
    {
      href: chartImageHref(slug, 'png'),
      label: 'PNG image',
      description: 'the chart with its title, notes and source line, at twice screen resolution',
    },
    {
      href: chartImageHref(slug, 'svg'),
      label: 'SVG image',
      description: 'the same, as a vector file for print and graphics software',
    },
    {
      href: dataHref('datapackage.json'),
      label: 'Data Package',
      description: 'describes every CSV of the site (Frictionless Data)',
    },
  ];
}

export interface DataFileBody {
  body: string;
  contentType: string;
}

/** Every file under /data/, by name, with its body and type. */
export function dataFiles(dataset: Dataset): Map<string, DataFileBody> {
  const tables = downloadTables(dataset);
  const files = new Map<string, DataFileBody>();
  for (const table of tables) {
    // `header=present`: RFC 4180 §3 (the text/csv registration) lets a server say the first line is a header.
    files.set(`${table.name}.csv`, {
      body: tableCsv(table),
      contentType: 'text/csv; charset=utf-8; header=present',
    });
    files.set(`${table.name}.json`, {
      body: tableJson(table),
      contentType: 'application/json; charset=utf-8',
    });
  }
  files.set('datapackage.json', {
    body: `${JSON.stringify(dataPackage(dataset, tables), null, 2)}\n`,
    contentType: 'application/json; charset=utf-8',
  });
  return files;
}
