'use client';

import type { Cell } from '@/lib/downloads/csv';
import type { Field } from '@/lib/downloads/tables';
import type { WorkbookAbout } from '@/lib/downloads/xlsx';

/** /data/<table>.json, as lib/downloads/tables.ts writes it. */
interface TableJson {
  name: string;
  title: string;
  description: string;
  about: WorkbookAbout;
  fields: Field[];
  rows: Record<string, Cell>[];
}

export type ViewFormat = 'csv' | 'xlsx';

/**
 * "Download this view": the rows the reader sees, in the order shown, with
 * every column of the full download, as CSV or as a workbook. The full table
 * comes from /data/ (so pages carry no extra weight) and is written by the
 * same CSV or workbook writer as the server's files, loaded only when asked
 * for. The workbook's About sheet cites the view at its address (the page's,
 * with its filters and sort), and the table's sources.
 */
export async function downloadTableView(
  table: 'events' | 'claims',
  rowIds: readonly string[],
  format: ViewFormat = 'csv',
) {
  const response = await fetch(`/data/${table}.json`);
  if (!response.ok) throw new Error(`/data/${table}.json answered ${response.status}`);
  const json = (await response.json()) as TableJson;
  const byId = new Map(json.rows.map((row) => [row.id, row]));
  const shown = rowIds.flatMap((id) => {
    const row = byId.get(id);
    return row ? [row] : [];
  });
  const name = `bd-ru-${table}-view.${format}`;
  if (format === 'csv') {
    const { toCsv } = await import('@/lib/downloads/csv');
    const names = json.fields.map((field) => field.name);
    const csv = toCsv(
      names,
      shown.map((row) => names.map((field) => row[field] ?? null)),
    );
    save(new Blob([csv], { type: 'text/csv;charset=utf-8' }), name);
    return;
  }
  const [{ tableXlsx, XLSX_TYPE }, { tableCitation }] = await Promise.all([
    import('@/lib/downloads/xlsx'),
    import('@/lib/citation'),
  ]);
  const title = `${json.title} (a view)`;
  const url = window.location.href;
  const workbook = await tableXlsx(
    {
      name: `${table}-view`,
      title,
      description: json.description,
      fields: json.fields,
      rows: shown,
    },
    { ...json.about, url, citation: tableCitation(title, url) },
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
