import writeExcelFile, { type Cell } from 'write-excel-file/universal';
import type { Field } from './fields';
import type { DownloadTable } from './tables';

/**
 * A download table as an .xlsx workbook, for spreadsheets that misread CSV
 * (LibreOffice's default import takes UTF-8 for Western 8-bit, and turns
 * "2,777", "95.8%" or "March 2024" into numbers and dates). Typed cells:
 * number fields are numbers, every other cell is text in Text format ("@"),
 * so nothing is reinterpreted; ISO dates stay ISO text, since a "2024" or
 * "2024-03" is a year or a month, not a day. The first sheet has a header
 * row, frozen; the second says where the data comes from and how to cite it,
 * and describes every column. Runs on the server and in the browser.
 */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** What a workbook's About sheet says, every word in one language (lib/downloads/tables.ts). */
export interface WorkbookAbout {
  title: string;
  description: string;
  /** "Bangladesh–Russia briefing", in the sheet's language. */
  publisher: string;
  /** Where the table lives on the site: absolute when SITE_URL is known. */
  url: string;
  /** How to cite it. */
  citation: string;
  /** Where the data comes from: a citation of each source article. */
  sources: string[];
  /** The sheet's headings. */
  headings: {
    publishedBy: string;
    address: string;
    howToCite: string;
    sources: string;
    column: string;
    whatItHolds: string;
  };
  /** What each column holds, in the table's order. */
  columns: { name: string; description: string }[];
}

type SheetCell = Cell;

/** What a workbook is made of: a download table, or the rows of it a reader's view shows. */
export interface WorkbookTable {
  name: string;
  fields: Pick<Field, 'name' | 'type'>[];
  rows: DownloadTable['rows'];
}

const text = (value: string | null, bold = false): SheetCell =>
  value === null || value === ''
    ? null
    : { value, type: String, format: '@', ...(bold ? { fontWeight: 'bold' as const } : {}) };

/** Excel's sheet names: at most 31 characters, none of : \ / ? * [ ]. */
export const sheetName = (name: string) => name.replace(/[:\\/?*[\]]/g, '-').slice(0, 31);

/** Column widths in characters: the longest of header and cells, within 8–60. */
function widths(table: WorkbookTable): { width: number }[] {
  return table.fields.map((field) => ({
    width: Math.min(
      60,
      Math.max(
        8,
        field.name.length + 2,
        ...table.rows.map((row) => String(row[field.name] ?? '').length + 1),
      ),
    ),
  }));
}

export async function tableXlsx(
  table: WorkbookTable,
  about: WorkbookAbout,
): Promise<Uint8Array<ArrayBuffer>> {
  const header = table.fields.map((field) => text(field.name, true));
  const rows = table.rows.map((row) =>
    table.fields.map((field): SheetCell => {
      const value = row[field.name] ?? null;
      if (value === null) return null;
      if (field.type === 'number' && typeof value === 'number')
        return Number.isFinite(value) ? { value, type: Number } : null;
      return text(String(value));
    }),
  );
  const { headings } = about;
  const aboutRows: SheetCell[][] = [
    [text(about.title, true), null],
    [text(about.description), null],
    [null, null],
    [text(headings.publishedBy, true), text(about.publisher)],
    [text(headings.address, true), text(about.url)],
    [text(headings.howToCite, true), text(about.citation)],
    ...about.sources.map((source, index) => [
      text(index === 0 ? headings.sources : ''),
      text(source),
    ]),
    [null, null],
    [text(headings.column, true), text(headings.whatItHolds, true)],
    ...about.columns.map((column) => [text(column.name), text(column.description)]),
  ];
  const blob = await writeExcelFile([
    {
      data: [header, ...rows],
      sheet: sheetName(table.name),
      columns: widths(table),
      stickyRowsCount: 1,
    },
    {
      data: aboutRows,
      sheet: 'About',
      columns: [{ width: 24 }, { width: 100 }],
    },
  ]).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
