import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';

/** Debian's LibreOffice Calc (libreoffice-calc-nogui); SOFFICE_PATH may name another. */
export const SOFFICE = process.env.SOFFICE_PATH ?? '/usr/bin/soffice';

/**
 * LibreOffice's CSV export filter: comma, double quote, UTF-8 (76), the first sheet only, and
 * each cell's value rather than its display ("as shown" off), so numbers come out in full.
 * Tokens as documented at help.libreoffice.org, "CSV Filter Options".
 */
const CSV_EXPORT = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,1';

/**
 * Opens each workbook in LibreOffice Calc, headless, as a reader opening it would, and returns
 * the cells of its first sheet as LibreOffice read them (through its own CSV export), by name.
 * One run for all, with a profile of its own, so that parallel workers do not share one.
 */
export function readWithLibreOffice(
  workbooks: Map<string, { bytes: Buffer; firstSheet: string }>,
): Map<string, string[][]> {
  const work = mkdtempSync(path.join(tmpdir(), 'bd-ru-libreoffice-'));
  try {
    const files = [...workbooks].map(([name, { bytes }]) => {
      const file = path.join(work, `${name}.xlsx`);
      writeFileSync(file, bytes);
      return file;
    });
    execFileSync(
      SOFFICE,
      [
        `-env:UserInstallation=file://${work}/profile`,
        '--headless',
        '--convert-to',
        CSV_EXPORT,
        '--outdir',
        work,
        ...files,
      ],
      { stdio: 'pipe', timeout: 120_000 },
    );
    return new Map(
      // LibreOffice names each sheet's file <workbook>-<sheet>.csv.
      [...workbooks].map(([name, { firstSheet }]) => [
        name,
        parse(readFileSync(path.join(work, `${name}-${firstSheet}.csv`), 'utf8'), {
          relax_column_count: true,
        }) as string[][],
      ]),
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
