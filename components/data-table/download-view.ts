'use client';

import type { Cell } from '@/lib/downloads/csv';

interface TableJson {
  fields: { name: string }[];
  rows: Record<string, Cell>[];
}

/**
 * "Download this view": the rows the reader sees, in the order shown, with
 * every column of the full download. The full table comes from /data/ (so
 * pages carry no extra weight) and is written by the same CSV writer as the
 * server's files, loaded only when asked for.
 */
export async function downloadTableView(table: 'events' | 'claims', rowIds: readonly string[]) {
  const [{ toCsv }, response] = await Promise.all([
    import('@/lib/downloads/csv'),
    fetch(`/data/${table}.json`),
  ]);
  if (!response.ok) throw new Error(`/data/${table}.json answered ${response.status}`);
  const { fields, rows } = (await response.json()) as TableJson;
  const names = fields.map((field) => field.name);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const shown = rowIds.flatMap((id) => {
    const row = byId.get(id);
    return row ? [names.map((name) => row[name] ?? null)] : [];
  });

  const url = URL.createObjectURL(
    new Blob([toCsv(names, shown)], { type: 'text/csv;charset=utf-8' }),
  );
  const link = document.createElement('a');
  link.href = url;
  link.download = `bd-ru-${table}-view.csv`;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
