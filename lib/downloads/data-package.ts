import { briefingTitle } from '../briefing-title';
import type { Briefing } from '../model/briefing';
import { formatCount, nouns } from '../format/count';
import { absoluteUrl, siteName } from '../site';
import type { DownloadTable } from './tables';

/**
 * A Frictionless Data Package (https://specs.frictionlessdata.io/data-package/,
 * tabular profile) describing every CSV: its dialect (RFC 4180 with CRLF) and
 * each field's name, type and meaning. Tools such as frictionless-py and
 * Datasette read the CSVs with it.
 */
export function dataPackage(briefing: Briefing, tables: readonly DownloadTable[]) {
  return {
    profile: 'tabular-data-package',
    name: 'bd-ru-briefing',
    title: `${siteName}: figures and events`,
    description: `Every figure and event in ${formatCount(briefing.sources.length, nouns.article)} on ${briefingTitle(briefing)}: printed figures with their verbatim quote, qualifier and source; figures the briefing calculates with their formula and inputs.`,
    ...(absoluteUrl('/') ? { homepage: absoluteUrl('/') } : {}),
    // The articles the data comes from; a path only where the article gives its own URL.
    sources: briefing.sources.map((source) => ({
      title: `${source.title} (${source.publisher ?? 'publisher not given'}, ${source.publishedOn})`,
      ...(source.url ? { path: source.url } : {}),
    })),
    resources: tables.map((table) => ({
      profile: 'tabular-data-resource',
      name: table.name,
      path: `${table.name}.csv`,
      title: table.title,
      description: table.description,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: {
        delimiter: ',',
        lineTerminator: '\r\n',
        quoteChar: '"',
        doubleQuote: true,
        header: true,
      },
      schema: {
        fields: table.fields.map(({ name, type, description }) => ({ name, type, description })),
        missingValues: [''],
        primaryKey: 'id',
      },
    })),
  };
}
