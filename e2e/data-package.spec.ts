import { expect, test } from './reused-page';
import { Package } from 'datapackage';
import { downloadTables } from '@/lib/downloads/tables';
import { briefing } from './site-map';

/**
 * /data/datapackage.json read by the Frictionless JavaScript library
 * (datapackage-js), as a data scientist's script would, over HTTP: the
 * descriptor is valid, every resource reads with its header, each cell cast
 * to its field's type, and every foreign key resolves (`relations: true`).
 */
test('the Frictionless library reads every resource, typed, with its keys', async ({ baseURL }) => {
  const pkg = await Package.load(`${baseURL}/data/datapackage.json`);
  expect(pkg.errors.map(String)).toEqual([]);
  expect(pkg.valid).toBe(true);
  const tables = downloadTables(briefing);
  expect(pkg.resources.map((resource) => resource.name)).toEqual(tables.map((t) => t.name));
  for (const resource of pkg.resources) {
    const table = tables.find((t) => t.name === resource.name)!;
    // With relations, a foreign key's cell arrives as the row it points to.
    const references = new Map(
      (table.keys.foreignKeys ?? []).map((key) => [key.fields[0]!, key.reference.fields[0]!]),
    );
    const rows = await resource.read({ keyed: true, relations: true });
    expect(rows, resource.name).toHaveLength(table.rows.length);
    expect(Object.keys(rows[0] ?? {}), resource.name).toEqual(table.fields.map((f) => f.name));
    for (const field of table.fields) {
      const values = rows.map((row) => row[field.name]).filter((value) => value !== null);
      const target = references.get(field.name);
      if (target) {
        const expected = table.rows.map((row) => row[field.name]).filter((v) => v !== null);
        expect(
          values.map((value) => (value as Record<string, unknown>)[target]),
          `${resource.name}.${field.name} resolves`,
        ).toEqual(expected);
        continue;
      }
      const kind = { string: 'string', number: 'number', date: 'object' }[field.type];
      // Numbers arrive as numbers, dates as Date objects, text as strings.
      expect(
        values.every((value) => typeof value === kind),
        `${resource.name}.${field.name}`,
      ).toBe(true);
      if (field.type === 'date') expect(values.every((value) => value instanceof Date)).toBe(true);
      if (field.type === 'number') {
        expect(values, `${resource.name}.${field.name}`).toEqual(
          table.rows.map((row) => row[field.name]).filter((value) => value !== null),
        );
      }
    }
  }
});
