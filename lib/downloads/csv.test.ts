import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvCell, FORMULA_TRIGGERS, neutraliseFormula, toCsv } from './csv';

describe('neutraliseFormula', () => {
  it.each([
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+44 20', "'+44 20"],
    ['-1+2', "'-1+2"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['\nx', "'\nx"],
    ['＝1+1', "'＝1+1"],
    ['＋1', "'＋1"],
    ['－1', "'－1"],
    ['＠x', "'＠x"],
    ['a=b', 'a=b'],
    ['2,777 permits', '2,777 permits'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(neutraliseFormula(input)).toBe(expected);
  });
});

describe('csvCell', () => {
  it.each<[string | number | null, string]>([
    [null, ''],
    [32_000_000_000, '32000000000'],
    [95.8, '95.8'],
    [-3, '-3'],
    ['text', 'text'],
  ])('%j → %j', (cell, expected) => {
    expect(csvCell(cell)).toBe(expected);
  });
});

describe('toCsv', () => {
  const csv = toCsv(
    ['id', 'quote', 'value'],
    [
      ['a', 'He said, "yes"', 1],
      ['b', 'two\nlines', null],
      ['c', '=HYPERLINK("x")', 2.5],
      ['d', '’ – ÷ ‘', 3],
    ],
  );

  it('starts with a UTF-8 byte-order mark and ends every record with CRLF (RFC 4180 §2.1)', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(
      csv
        .replace(/"[^"]*"/g, '')
        .split('\n')
        .every((line, i, all) => i === all.length - 1 || line.endsWith('\r')),
    ).toBe(true);
  });

  it('quotes fields with commas, quotes and line breaks, doubling quotes (RFC 4180 §2.6, §2.7)', () => {
    expect(csv).toContain('"He said, ""yes"""');
    expect(csv).toContain('"two\nlines"');
  });

  it('parses back with a strict RFC 4180 parser', () => {
    const rows = parse(csv, {
      bom: true,
      relax_quotes: false,
      relax_column_count: false,
    }) as string[][];
    expect(rows).toEqual([
      ['id', 'quote', 'value'],
      ['a', 'He said, "yes"', '1'],
      ['b', 'two\nlines', ''],
      ['c', '\'=HYPERLINK("x")', '2.5'],
      ['d', '’ – ÷ ‘', '3'],
    ]);
    for (const row of rows.slice(1)) {
      for (const cell of row) expect(FORMULA_TRIGGERS.some((t) => cell.startsWith(t))).toBe(false);
    }
  });
});
