import { execFileSync } from 'node:child_process';
import { FEED_PYTHON } from './feed-reader';

/**
 * Reads an .xlsx with pandas and openpyxl (Debian's python3-pandas and
 * python3-openpyxl), the way a notebook would, and reports what they found:
 * sheets, the frozen cell, the header, and per column the Python types of its
 * values, so the tests see the cells as typed by a real reader.
 */
export interface ReadSpreadsheet {
  sheets: string[];
  frozen: string | null;
  header: string[];
  /** Per column, the sorted set of Python type names of its non-empty cells. */
  types: Record<string, string[]>;
  /** The first sheet's cells as strings, by column. */
  values: Record<string, string[]>;
  about: string[][];
}

const READER = `
import io, json, sys, warnings
warnings.simplefilter("ignore")
import openpyxl, pandas as pd
data = sys.stdin.buffer.read()
book = openpyxl.load_workbook(io.BytesIO(data))
first = book.worksheets[0]
frame = pd.read_excel(io.BytesIO(data), sheet_name=0, dtype=object)
types = {c: sorted({type(v).__name__ for v in frame[c] if not pd.isna(v)}) for c in frame.columns}
values = {c: [str(v) for v in frame[c] if not pd.isna(v)] for c in frame.columns}
about = [[str(c.value) if c.value is not None else "" for c in row] for row in book["About"].iter_rows()]
print(json.dumps({"sheets": book.sheetnames, "frozen": first.freeze_panes, "header": list(frame.columns),
                  "types": types, "values": values, "about": about}))
`;

export function readSpreadsheet(bytes: Buffer): ReadSpreadsheet {
  return JSON.parse(
    execFileSync(FEED_PYTHON, ['-c', READER], {
      input: bytes,
      maxBuffer: 64 * 1024 * 1024,
    }).toString(),
  ) as ReadSpreadsheet;
}
