import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { GET, generateStaticParams } from '@/app/data/[file]/route';
import { briefing } from '../model/current';

const chartSlugs = briefing.charts().map((chart) => chart.slug);
import { csvCell, FORMULA_TRIGGERS } from './csv';
import type { Cell } from './csv';
import { DERIVED_2023_PERMITS } from '@/lib/testing/expected';

/** Calls the prerendered route handler the way Next does at build time. */
async function get(file: string) {
  return GET(new Request(`http://localhost/data/${file}`), { params: Promise.resolve({ file }) });
}

const files = generateStaticParams().map((p) => p.file);
const csvFiles = files.filter((f) => f.endsWith('.csv') && !f.endsWith('.nobom.csv'));
const packageCsvFiles = files.filter((f) => f.endsWith('.nobom.csv'));

describe('/data/[file]', () => {
  it('offers claims, events, one CSV and JSON per chart, and a Data Package', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'claims.csv',
        'claims.json',
        'events.csv',
        'events.json',
        'datapackage.json',
        ...chartSlugs.flatMap((slug) => [`chart-${slug}.csv`, `chart-${slug}.json`]),
      ]),
    );
  });

  it.each(csvFiles)('%s is RFC 4180 CSV with a BOM, served as an attachment', async (file) => {
    const response = await get(file);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="bd-ru-${file}"`,
    );
    const bytes = new Uint8Array(await response.clone().arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // The Data Package's copy: the same bytes without the mark.
    const plain = new Uint8Array(
      await (await get(file.replace(/\.csv$/, '.nobom.csv'))).arrayBuffer(),
    );
    expect([...plain]).toEqual([...bytes.slice(3)]);
    const text = await response.text();
    // Outside quoted fields, every line break is CRLF.
    expect(text.replace(/"(?:[^"]|"")*"/g, '').match(/(?<!\r)\n/g)).toBeNull();
  });

  it.each(csvFiles)('%s parses strictly into the same rows as its JSON', async (file) => {
    const csv = parse(await (await get(file)).text(), {
      bom: true,
      relax_quotes: false,
      relax_column_count: false,
      skip_empty_lines: false,
    }) as string[][];
    const json = (await (await get(file.replace(/\.csv$/, '.json'))).json()) as {
      fields: { name: string }[];
      rows: Record<string, Cell>[];
    };
    const names = json.fields.map((f) => f.name);
    expect(csv[0]).toEqual(names);
    // The CSV is the JSON with each cell written as CSV text (numbers as numbers, null empty,
    // strings guarded against formula injection).
    expect(csv.slice(1)).toEqual(
      json.rows.map((row) => names.map((name) => csvCell(row[name] ?? null))),
    );
    expect(csv.length - 1).toBe(json.rows.length);
    expect(json.rows.length).toBeGreaterThan(0);
  });

  it.each(csvFiles)(
    '%s has no string cell that a spreadsheet would run as a formula',
    async (file) => {
      const rows = parse(await (await get(file)).text(), { bom: true }) as string[][];
      const numeric = /^-?\d+(\.\d+)?$/;
      for (const cell of rows.flat()) {
        if (numeric.test(cell)) continue;
        expect(
          FORMULA_TRIGGERS.some((trigger) => cell.startsWith(trigger)),
          cell,
        ).toBe(false);
      }
    },
  );

  it('keeps provenance in every claim row', async () => {
    const { rows } = (await (await get('claims.json')).json()) as { rows: Record<string, Cell>[] };
    const recruited = rows.find((r) => r.id === 'bangladeshis-recruited-by-russian-military');
    expect(recruited).toMatchObject({
      value: 100,
      low: null,
      high: null,
      qualifier: 'more-than',
      as_printed: 'more than 100',
      source_title:
        'A pragmatic partnership: documenting Russo–Bangladeshi relations after the ‘July Uprising’',
      source_url: null,
      date_precision: 'none',
      date_as_printed: 'so far',
    });
    expect(String(recruited?.quote)).toContain('more than 100 Bangladeshi citizens');
    const range = rows.find((r) => r.id === 'russia-migrant-workers');
    expect(range).toMatchObject({
      value: null,
      low: 12_000_000,
      high: 14_000_000,
      qualifier: 'range',
    });
    const derived = rows.find((r) => r.id === DERIVED_2023_PERMITS.claimId);
    expect(derived).toMatchObject({
      value: 1418,
      qualifier: 'derived',
      as_printed: null,
      quote: null,
      formula: 'permits2024 / (1 + growth / 100)',
      formula_with_values: DERIVED_2023_PERMITS.working,
      refers_to: '[2023]',
      // The briefing's calculation: credited to no article or author; its inputs' articles are named.
      credit: 'briefing calculation',
      source_title: null,
      source_author: null,
      source_publisher: null,
      input_sources:
        'A pragmatic partnership: documenting Russo–Bangladeshi relations after the ‘July Uprising’',
    });
    expect(rows.find((r) => r.id === 'work-permits-growth-2024')).toMatchObject({
      qualifier: 'stated',
      printed_precision: 'to tenths',
      credit: 'source',
    });
  });

  it('gives the briefing’s translation beside each column a reader reads, in one schema', async () => {
    const { fields, rows } = (await (await get('claims.json')).json()) as {
      fields: { name: string; description: string }[];
      rows: Record<string, Cell>[];
    };
    const names = fields.map((field) => field.name);
    // Beside the English column, one per translated language; the values stay as they are.
    expect(names.slice(names.indexOf('label'), names.indexOf('label') + 3)).toEqual([
      'label',
      'label_bn',
      'label_ru',
    ]);
    expect(fields.find((field) => field.name === 'quote_ru')?.description).toBe(
      'The briefing’s Russian translation of quote, never in its place: the source’s own words are in quote',
    );
    const permits = rows.find((row) => row.id === 'work-permits-2024');
    expect(permits).toMatchObject({ value: 2777, label_ru: expect.stringMatching(/^Разрешения/) });
    // Quotes stay verbatim; their translations print the figures in the reader's digits.
    expect(permits?.quote).toContain('2,777');
    expect(permits?.quote_ru).toContain('2\u00a0777');
    expect(permits?.quote_bn).toContain('২,৭৭৭');
    const derived = rows.find((row) => row.id === DERIVED_2023_PERMITS.claimId);
    expect(derived).toMatchObject({ quote: null, quote_bn: null, quote_ru: null });
    expect(derived?.label_bn).toMatch(/\p{Script=Bengali}/u);
  });

  it.each(['claims', 'events', 'event-sources', 'background', 'corrections', 'sources'])(
    '%s.json: every translated cell is in its language, with no number token left',
    async (table) => {
      const { rows } = (await (await get(`${table}.json`)).json()) as {
        rows: Record<string, Cell>[];
      };
      let translated = 0;
      for (const row of rows) {
        for (const [name, value] of Object.entries(row)) {
          const language = /_(bn|ru)$/.exec(name)?.[1];
          if (!language || value === null) continue;
          const english = row[name.replace(/_(bn|ru)$/, '')];
          expect(english, `${table} ${String(row.id)} ${name}`).not.toBeNull();
          expect(String(value)).not.toMatch(/\{[ny]:/);
          // A stray letter of page furniture ("K") is its own translation.
          if (value === english) continue;
          expect(String(value)).toMatch(
            language === 'bn' ? /\p{Script=Bengali}/u : /\p{Script=Cyrillic}/u,
          );
          translated += 1;
        }
      }
      expect(translated).toBeGreaterThan(0);
    },
  );

  it('describes every table in datapackage.json (v2), with its fields in order', async () => {
    const pkg = (await (await get('datapackage.json')).json()) as {
      $schema: string;
      resources: {
        name: string;
        path: string;
        schema: { fields: { name: string; type: string }[] };
      }[];
    };
    expect(pkg.$schema).toBe('https://datapackage.org/profiles/2.0/datapackage.json');
    expect(pkg.resources.map((r) => r.path).sort()).toEqual([...packageCsvFiles].sort());
    for (const resource of pkg.resources) {
      const header = (parse(await (await get(resource.path)).text(), { to: 1 }) as string[][])[0];
      expect(resource.schema.fields.map((f) => f.name)).toEqual(header);
      expect(resource.name).toMatch(/^[a-z0-9._/-]+$/);
    }
  });

  it('answers 404 for a file it does not have', async () => {
    expect((await get('passwords.csv')).status).toBe(404);
  });
});
