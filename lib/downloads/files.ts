import { locales, type Locale } from '../i18n/locales';
import type { LiveChartModel } from '../charts/types';
import { allListings } from '../listings';
import {
  chartImageHref,
  dataHref,
  liveChartFile,
  tableIndexFile,
  viewAboutFile,
  type ViewTable,
} from './file-names';
import { translator } from '../i18n/messages';
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

const words = (locale: Locale) => translator(locale, 'Downloads');

/** A whole table's files: the spreadsheet-friendly CSV, the typed spreadsheet, the JSON. */
export function tableFiles(table: string, locale: Locale): DownloadFile[] {
  const t = words(locale);
  return [
    { href: dataHref(`${table}.csv`), label: t('csv'), description: t('csvDescription') },
    { href: dataHref(`${table}.xlsx`), label: t('xlsx'), description: t('xlsxDescription') },
    { href: dataHref(`${table}.json`), label: t('json'), description: t('jsonDescription') },
  ];
}

/** A chart's files: its data (in one machine-readable schema), its images in the page's language. */
export function chartFiles(slug: string, locale: Locale): DownloadFile[] {
  const t = words(locale);
  const data = chartTableName(slug);
  return [
    { href: dataHref(`${data}.csv`), label: t('csv'), description: t('chartCsvDescription') },
    { href: dataHref(`${data}.xlsx`), label: t('xlsx'), description: t('chartXlsxDescription') },
    { href: dataHref(`${data}.json`), label: t('json'), description: t('chartJsonDescription') },
    {
      href: chartImageHref(slug, 'png', locale),
      label: t('png'),
      description: t('pngDescription'),
    },
    {
      href: chartImageHref(slug, 'svg', locale),
      label: t('svg'),
      description: t('svgDescription'),
    },
    {
      href: dataHref('datapackage.json'),
      label: t('dataPackage'),
      description: t('dataPackageDescription'),
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
      body: tableJson(briefing, table),
      contentType: 'application/json; charset=utf-8',
    });
  }
  files.set('datapackage.json', {
    body: `${JSON.stringify(dataPackage(briefing, tables), null, 2)}\n`,
    contentType: 'application/json; charset=utf-8',
  });
  const viewTables = tables.filter((table) => table.name === 'events' || table.name === 'claims');
  for (const locale of locales) {
    for (const table of viewTables) {
      files.set(viewAboutFile(table.name as ViewTable, locale), {
        body: JSON.stringify(tableAbout(briefing, table, locale, { view: true })),
        contentType: 'application/json; charset=utf-8',
      });
    }
    // What the live charts and tables load when a reader reaches for them (components/islands/).
    for (const model of briefing.charts(locale)) {
      const live: LiveChartModel = { slug: model.slug, title: model.title, panels: model.panels };
      files.set(liveChartFile(model.slug, locale), {
        body: JSON.stringify(live),
        contentType: 'application/json; charset=utf-8',
      });
    }
    for (const { file, listing } of allListings(briefing, locale)) {
      files.set(file, {
        body: JSON.stringify(listing),
        contentType: 'application/json; charset=utf-8',
      });
    }
    files.set(tableIndexFile('events', locale), {
      body: JSON.stringify(
        briefing.eventOrder.map((event) => eventIndexRow(briefing, event, locale)),
      ),
      contentType: 'application/json; charset=utf-8',
    });
    files.set(tableIndexFile('claims', locale), {
      body: JSON.stringify(briefing.claims.map((claim) => claimIndexRow(briefing, claim, locale))),
      contentType: 'application/json; charset=utf-8',
    });
  }
  built.set(briefing, files);
  return files;
}
