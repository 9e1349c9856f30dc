import { expect, test } from '@playwright/test';
import { downloadTables } from '@/lib/downloads/tables';
import { readSpreadsheet } from './spreadsheet-reader';
import { briefing } from './site-map';

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
    for (const field of table.fields) {
      const types = sheet.types[field.name] ?? [];
      // Numbers are numbers; everything else stays text, however much it looks like a number.
      if (field.type === 'number')
        expect(types.every((t) => t === 'int' || t === 'float')).toBe(true);
      else
        expect(
          types.every((t) => t === 'str'),
          field.name,
        ).toBe(true);
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
