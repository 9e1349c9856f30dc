import type { Briefing } from '../model/briefing';
import { claimIndexRow, eventIndexRow } from '../tables/rows';
import { dataPackage } from './data-package';
import {
  chartTableName,
  downloadTables,
  packageCsvName,
  tableAbout,
  tableCsv,
  tableJson,
} from './tables';
import { tableXlsx, XLSX_TYPE } from './xlsx';

/**
 * Every file the site offers for download, by URL. One list, so the routes,
 * the Download sections and the tests agree on what exists.
 */
export interface DownloadFile {
  href: string;
  label: string;
  description: string;
}

/** A whole table's files: the spreadsheet-friendly CSV, the typed spreadsheet, the JSON. */
export const tableFiles = (table: string): DownloadFile[] => [
  { href: dataHref(`${table}.csv`), label: 'CSV', description: 'for spreadsheets and scripts' },
  {
    href: dataHref(`${table}.xlsx`),
    label: 'Excel spreadsheet',
    description: 'typed cells, with a sheet on sources and citation',
  },
  { href: dataHref(`${table}.json`), label: 'JSON', description: 'with field descriptions' },
];

export const chartImageHref = (slug: string, format: 'svg' | 'png') => `/images/${slug}.${format}`;
export const dataHref = (file: string) => `/data/${file}`;

export function chartFiles(slug: string): DownloadFile[] {
  const data = chartTableName(slug);
  return [
    {
      href: dataHref(`${data}.csv`),
      label: 'CSV',
      description: 'the chart’s figures with qualifier, quote and source, for spreadsheets',
    },
    {
      href: dataHref(`${data}.xlsx`),
      label: 'Excel spreadsheet',
      description:
        'the same, typed for spreadsheets (text stays text), with a sheet on its source and citation',
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

/** /data/<table>.xlsx: every download table as a spreadsheet, built on request (at build time). */
export const spreadsheetNames = (briefing: Briefing) =>
  downloadTables(briefing).map((table) => `${table.name}.xlsx`);

export async function spreadsheetFile(
  briefing: Briefing,
  file: string,
): Promise<{ body: Uint8Array<ArrayBuffer>; contentType: string } | null> {
  const table = downloadTables(briefing).find((t) => `${t.name}.xlsx` === file);
  if (!table) return null;
  return { body: await tableXlsx(table, tableAbout(briefing, table)), contentType: XLSX_TYPE };
}

export interface DataFileBody {
  body: string;
  contentType: string;
}

const built = new WeakMap<Briefing, Map<string, DataFileBody>>();

/**
 * Every file under /data/, by name, with its body and type: built once per
 * briefing, since the route asks for each file in turn. The two index files
 * are the compact rows the tables load to sort and filter beyond a page.
 */
export function dataFiles(briefing: Briefing): Map<string, DataFileBody> {
  const cached = built.get(briefing);
  if (cached) return cached;
  const tables = downloadTables(briefing);
  const files = new Map<string, DataFileBody>();
  for (const table of tables) {
    // `header=present`: RFC 4180 §3 (the text/csv registration) lets a server say the first line is a header.
    files.set(`${table.name}.csv`, {
      body: tableCsv(table),
      contentType: 'text/csv; charset=utf-8; header=present',
    });
    files.set(packageCsvName(table.name), {
      body: tableCsv(table, { bom: false }),
      contentType: 'text/csv; charset=utf-8; header=present',
    });
    files.set(`${table.name}.json`, {
      body: tableJson(table, tableAbout(briefing, table)),
      contentType: 'application/json; charset=utf-8',
    });
  }
  files.set('datapackage.json', {
    body: `${JSON.stringify(dataPackage(briefing, tables), null, 2)}\n`,
    contentType: 'application/json; charset=utf-8',
  });
  files.set('events-index.json', {
    body: JSON.stringify(briefing.eventOrder.map((event) => eventIndexRow(briefing, event))),
    contentType: 'application/json; charset=utf-8',
  });
  files.set('claims-index.json', {
    body: JSON.stringify(briefing.claims.map((claim) => claimIndexRow(briefing, claim))),
    contentType: 'application/json; charset=utf-8',
  });
  built.set(briefing, files);
  return files;
}
