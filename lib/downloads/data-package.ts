import { briefingTitle } from '../briefing-title';
import type { Briefing } from '../model/briefing';
import { formatCount, nouns } from '../format/count';
import { absoluteUrl, siteName } from '../site';
import { packageCsvName, type DownloadTable } from './tables';

/**
 * A Data Package v2 (https://datapackage.org/standard/data-package/)
 * describing every table: each resource is the table's CSV without a
 * byte-order mark (the Frictionless libraries read a BOM as part of the first
 * header; the spreadsheet-friendly copies keep theirs), with its dialect,
 * fields, types, primary key and foreign keys to the other tables.
 *
 * `version` and `created` come from the data, so two builds of the same data
 * publish the same file: the version counts sources and corrections
 * (1.<sources>.<corrections>), `created` is the latest day the data names
 * (an article's publication or addition, or a correction). No licence is
 * declared: none has been chosen, and the quoted text belongs to its publishers.
 */
export function dataPackage(briefing: Briefing, tables: readonly DownloadTable[]) {
  const days = [
    ...briefing.sources.flatMap((source) => [source.publishedOn, source.addedOn]),
    ...briefing.corrections.map((correction) => correction.date),
  ].sort();
  const homepage = absoluteUrl('/');
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: 'bd-ru-briefing',
    title: `${siteName}: figures and events`,
    description: `Every figure and event in ${formatCount(briefing.sources.length, nouns.article)} on ${briefingTitle(briefing)}: printed figures with their verbatim quote, qualifier and source; figures the briefing calculates with their formula and inputs.`,
    version: `1.${briefing.sources.length}.${briefing.corrections.length}`,
    ...(days.length > 0 ? { created: `${days.at(-1)}T00:00:00Z` } : {}),
    ...(homepage ? { homepage } : {}),
    contributors: [
      { title: siteName, roles: ['publisher'], ...(homepage ? { path: homepage } : {}) },
    ],
    // The articles the data comes from; a path only where the article gives its own URL.
    sources: briefing.sources.map((source) => ({
      title: `${source.title} (${source.publisher ?? 'publisher not given'}, ${source.publishedOn})`,
      ...(source.url ? { path: source.url } : {}),
    })),
    resources: tables.map((table) => ({
      $schema: 'https://datapackage.org/profiles/2.0/dataresource.json',
      name: table.name,
      type: 'table',
      path: packageCsvName(table.name),
      title: table.title,
      description: table.description,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: {
        $schema: 'https://datapackage.org/profiles/2.0/tabledialect.json',
        delimiter: ',',
        lineTerminator: '\r\n',
        quoteChar: '"',
        doubleQuote: true,
        header: true,
      },
      schema: {
        $schema: 'https://datapackage.org/profiles/2.0/tableschema.json',
        fields: table.fields.map(({ name, type, description }) => ({
          name,
          type,
          description,
          ...(type === 'date' ? { format: 'default' } : {}),
        })),
        missingValues: [''],
        ...table.keys,
      },
    })),
  };
}
