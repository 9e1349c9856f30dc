import { stringify } from 'csv-stringify/browser/esm/sync';

/**
 * CSV that opens cleanly in Excel, pandas and R, on the server and (for
 * "download this view") in the browser:
 * - RFC 4180: CRLF line breaks, fields with a comma, quote or line break
 *   quoted, quotes doubled (csv-stringify does the quoting);
 * - UTF-8 with a byte-order mark, without which Excel reads UTF-8 as
 *   Windows-1252 and garbles "–", "’" and "÷";
 * - no formula injection: a string cell that a spreadsheet would run as a
 *   formula gets a leading apostrophe (OWASP, "CSV Injection").
 */
export type Cell = string | number | null;

/** Characters that make a spreadsheet read a cell as a formula, with their full-width forms. */
export const FORMULA_TRIGGERS = [
  '=',
  '+',
  '-',
  '@',
  '\t',
  '\r',
  '\n',
  '＝',
  '＋',
  '－',
  '＠',
] as const;

export function neutraliseFormula(text: string): string {
  return FORMULA_TRIGGERS.some((trigger) => text.startsWith(trigger)) ? `'${text}` : text;
}

/** One cell as CSV text: empty for null, numbers as written by JavaScript, strings neutralised. */
export function csvCell(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  return neutraliseFormula(cell);
}

/**
 * `bom: false` for the Data Package's copies: readers that follow RFC 4180 to
 * the letter (the Frictionless libraries) take a byte-order mark for part of
 * the first header.
 */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly Cell[])[],
  { bom = true }: { bom?: boolean } = {},
): string {
  return stringify([header.map(String), ...rows.map((row) => row.map(csvCell))], {
    bom,
    record_delimiter: 'windows',
    // csv-stringify quotes delimiters, quotes and the CRLF record delimiter itself, but not a
    // lone CR or LF, which readers take as a new record: quote any line break (RFC 4180 §2.6).
    // Also quote a leading space or apostrophe, which some readers trim.
    quoted_match: /[\r\n]|^[\s']/,
  });
}
