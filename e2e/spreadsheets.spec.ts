import { readFileSync } from 'node:fs';
import { expect, test } from './reused-page';
import { parse } from 'csv-parse/sync';
import { downloadTables } from '@/lib/downloads/tables';
import { sheetName } from '@/lib/downloads/xlsx';
import { localeInfo, translatedLocales } from '@/lib/i18n/locales';
import { messages } from '@/lib/i18n/messages';
import { localePath } from '@/lib/i18n/paths';
import { readWithLibreOffice } from './libreoffice-reader';
import { readSpreadsheet } from './spreadsheet-reader';
import { briefing } from './site-map';
import { gotoReady } from './ready';

/** Numbers are numbers; everything else stays text, however much it looks like a number. */
function expectTypedCells(
  sheet: ReturnType<typeof readSpreadsheet>,
  fields: readonly { name: string; type: string }[],
) {
  for (const field of fields) {
    const types = sheet.types[field.name] ?? [];
    if (field.type === 'number')
      expect(types.every((t) => t === 'int' || t === 'float')).toBe(true);
    else
      expect(
        types.every((t) => t === 'str'),
        field.name,
      ).toBe(true);
  }
}

/** Every table's .xlsx, read by pandas and openpyxl: typed cells, a frozen header, an About sheet. */
for (const table of downloadTables(briefing)) {
  test(`/data/${table.name}.xlsx reads back typed in pandas`, async ({ request, baseURL }) => {
    const response = await request.get(`/data/${table.name}.xlsx`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(response.headers()['content-disposition']).toBe(
      `attachment; filename="bd-ru-${table.name}.xlsx"`,
    );
    const sheet = readSpreadsheet(await response.body());
    expect(sheet.sheets).toEqual([table.name.slice(0, 31), 'About']);
    expect(sheet.frozen).toBe('A2');
    expect(sheet.header).toEqual(table.fields.map((field) => field.name));
    expectTypedCells(sheet, table.fields);
    for (const field of table.fields) {
      const expected = table.rows
        .map((row) => row[field.name])
        .filter((value) => value !== null && value !== '' && value !== undefined)
        .map((value) => (typeof value === 'number' ? value : String(value)));
      // Each build names the origin it is served at; the test's model names none.
      const read = (sheet.values[field.name] ?? []).map((value) =>
        field.type === 'number' ? Number(value) : value.replaceAll(baseURL!, ''),
      );
      expect(read, field.name).toEqual(expected);
    }
    const about = sheet.about.map((row) => row[0]);
    expect(about).toContain('How to cite');
    expect(about).toContain('Column');
  });
}

test('"download this view" as a workbook: the rows shown, typed, cited at the view’s address', async ({
  page,
  baseURL,
}) => {
  const view = '/events?topic=energy&sort=date&dir=desc';
  await gotoReady(page, view);
  await expect(page.locator('.row-count')).toContainText('Showing');
  // The CSV of the same view (its order is checked in embeds.spec.ts) gives the order shown.
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download this view (CSV)' }).click(),
  ]);
  const csvRows = parse(readFileSync((await csv.path())!, 'utf8'), { bom: true }) as string[][];
  const shownIds = csvRows.slice(1).map((row) => row[csvRows[0]!.indexOf('id')]);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download this view (Excel)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('bd-ru-events-view.xlsx');
  const sheet = readSpreadsheet(readFileSync((await download.path())!));
  const events = downloadTables(briefing).find((table) => table.name === 'events')!;
  expect(sheet.sheets).toEqual(['events-view', 'About']);
  expect(sheet.frozen).toBe('A2');
  expect(sheet.header).toEqual(events.fields.map((field) => field.name));
  const energy = events.rows.filter((row) =>
    briefing.events.some((event) => event.id === row.id && event.topic === 'energy'),
  );
  expect(sheet.values.id).toHaveLength(energy.length);
  expect(new Set(sheet.values.id)).toEqual(new Set(energy.map((row) => String(row.id))));
  expect(sheet.values.id).toEqual(shownIds);
  expectTypedCells(sheet, events.fields);
  const about = Object.fromEntries(sheet.about.map((row) => [row[0], row[1]]));
  expect(about['Address']).toBe(`${baseURL}${view}`);
  expect(about['How to cite']).toContain(`${baseURL}${view}`);
  expect(sheet.about.some((row) => row[0] === 'Sources' && row[1]!.length > 20)).toBe(true);
});

for (const locale of translatedLocales) {
  test(`"download this view" from a ${localeInfo[locale].englishName} page: its About sheet in that language`, async ({
    page,
    baseURL,
  }) => {
    const words = messages[locale];
    const view = localePath('/claims?topic=labour-migration&sort=figure&dir=desc', locale);
    await gotoReady(page, view);
    await expect(page.locator('tbody tr').first()).toBeVisible();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: words.Table.downloadXlsx }).click(),
    ]);
    const sheet = readSpreadsheet(readFileSync((await download.path())!));
    // The data stays in one machine-readable schema: the same columns in every language.
    const claims = downloadTables(briefing).find((table) => table.name === 'claims')!;
    expect(sheet.header).toEqual(claims.fields.map((field) => field.name));
    const script = locale === 'bn' ? /\p{Script=Bengali}/u : /\p{Script=Cyrillic}/u;
    const [title, description] = sheet.about;
    expect(title?.[0]).toMatch(script);
    expect(description?.[0]).toMatch(script);
    const about = Object.fromEntries(sheet.about.map((row) => [row[0], row[1]]));
    const headings = words.DownloadTables.about;
    expect(about[headings.publishedBy]).toBe(words.Site.name);
    expect(about[headings.address]).toBe(`${baseURL}${view}`);
    expect(about[headings.howToCite]).toContain(`${baseURL}${view}`);
    expect(about[headings.howToCite]).toContain(title?.[0]);
    // Each article cited, dated in the language.
    const sources = sheet.about.filter(
      (row) => row[0] === headings.sources || (row[0] === '' && row[1]),
    );
    expect(sources.length).toBeGreaterThanOrEqual(briefing.sources.length);
    expect(sources[0]?.[1]).toMatch(locale === 'bn' ? /২০২৬/ : /2026\u202fг\./);
    // Every column described in the language, in the table's order.
    const columns = sheet.about.slice(
      sheet.about.findIndex((row) => row[0] === headings.column) + 1,
    );
    expect(columns.map((row) => row[0])).toEqual(sheet.header);
    for (const [name, text] of columns) expect(text, name).toMatch(script);
  });
}

/**
 * LibreOffice Calc, which misread the CSVs (8-bit Western by default; "2,777", "95.8%" and
 * "March 2024" taken for numbers and dates with UTF-8), opens every workbook to exactly the
 * cells of the table: text as printed, numbers as numbers.
 */
test('LibreOffice Calc reads every workbook to the same cells as the CSV', async ({ request }) => {
  const tables = downloadTables(briefing);
  const workbooks = new Map<string, { bytes: Buffer; firstSheet: string }>();
  const csvs = new Map<string, string[][]>();
  for (const table of tables) {
    const [xlsx, csv] = await Promise.all([
      request.get(`/data/${table.name}.xlsx`),
      request.get(`/data/${table.name}.csv`),
    ]);
    workbooks.set(table.name, { bytes: await xlsx.body(), firstSheet: sheetName(table.name) });
    csvs.set(table.name, parse(await csv.text(), { bom: true }) as string[][]);
  }
  const read = readWithLibreOffice(workbooks);
  for (const table of tables) {
    const [header, ...rows] = read.get(table.name)!;
    const [csvHeader, ...csvRows] = csvs.get(table.name)!;
    expect(header, table.name).toEqual(csvHeader);
    expect(rows, table.name).toHaveLength(csvRows.length);
    table.fields.forEach((field, column) => {
      const cells = rows.map((row) => row[column] ?? '');
      const expected = csvRows.map((row) => row[column] ?? '');
      if (field.type === 'number')
        expect(
          cells.map((cell) => (cell === '' ? null : Number(cell))),
          `${table.name}.${field.name}`,
        ).toEqual(expected.map((cell) => (cell === '' ? null : Number(cell))));
      else expect(cells, `${table.name}.${field.name}`).toEqual(expected);
    });
  }
});
