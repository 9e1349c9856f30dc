'use client';

import type { Cell } from '@/lib/downloads/csv';
import type { Field } from '@/lib/downloads/fields';
import { dataHref, viewAboutFile, type ViewTable } from '@/lib/downloads/file-names';
import type { WorkbookAbout } from '@/lib/downloads/xlsx';
import type { Locale } from '@/lib/i18n/locales';
import { SLOT } from '@/lib/tables/slot';

/** /data/<table>.json, as lib/downloads/tables.ts writes it (the parts read here). */
interface TableJson {
  fields: Field[];
  rows: Record<string, Cell>[];
}

async function fetchJson<T>(href: string): Promise<T> {
  const response = await fetch(href);
  if (!response.ok) throw new Error(`${href} answered ${response.status}`);
  return (await response.json()) as T;
}

export type ViewFormat = 'csv' | 'xlsx';

/**
 * "Download this view": the rows the reader sees, in the order shown, with
 * every column of the full download, as CSV or as a workbook. The full table
 * comes from /data/ (so pages carry no extra weight) and is written by the
 * same CSV or workbook writer as the server's files, loaded only when asked
 * for. The workbook's About sheet is in the page's language and cites the
 * view at its address (the page's, with its filters and sort), and the
 * table's sources.
 */
export async function downloadTableView(
  table: ViewTable,
  rowIds: readonly string[],
  format: ViewFormat,
  locale: Locale,
) {
  const [json, about] = await Promise.all([
    fetchJson<TableJson>(dataHref(`${table}.json`)),
    format === 'xlsx' ? fetchJson<WorkbookAbout>(dataHref(viewAboutFile(table, locale))) : null,
  ]);
  const byId = new Map(json.rows.map((row) => [row.id, row]));
  const shown = rowIds.flatMap((id) => {
    const row = byId.get(id);
    return row ? [row] : [];
  });
  const name = `bd-ru-${table}-view.${format}`;
  if (!about) {
    const { toCsv } = await import('@/lib/downloads/csv');
    const names = json.fields.map((field) => field.name);
    const csv = toCsv(
      names,
      shown.map((row) => names.map((field) => row[field] ?? null)),
    );
    save(new Blob([csv], { type: 'text/csv;charset=utf-8' }), name);
    return;
  }
  const { tableXlsx, XLSX_TYPE } = await import('@/lib/downloads/xlsx');
  const url = window.location.href;
  const workbook = await tableXlsx(
    { name: `${table}-view`, fields: json.fields, rows: shown },
    { ...about, url, citation: about.citation.replace(SLOT, url) },
  );
  save(new Blob([workbook], { type: XLSX_TYPE }), name);
}

function save(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
