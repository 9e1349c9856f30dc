import { attributionOf, derivationText, statedOnOf } from '../claims/claim-text';
import { chartHref, claimHref, sourceHref } from '../links';
import type { BarPanel } from '../charts/types';
import type { Citation, Claim, Event } from '../data/dataset';
import { translatedLocales, type Locale } from '../i18n/locales';
import type { DataWords } from '../i18n/words';
import type { Background, Correction, DateRef, Source } from '../data/schema';
import type { Briefing } from '../model/briefing';
import { formatDateRef } from '../format/date-ref';
import { formatPrintedPrecision } from '../format/precision';
import { publicUrl } from '../site';
import { actorText } from '../tables/rows';
import type { Cell } from './csv';
import { toCsv } from './csv';
import type { WorkbookAbout } from './xlsx';
import { SLOT } from '../tables/slot';
import { localePath } from '../i18n/paths';
import { sourceCitationIn } from '../claims/claim-citation';
import { column, describeColumns, translationColumns, type Column, type Field } from './fields';
import { translator } from '../i18n/messages';

/**
 * Every downloadable table, defined once: its columns (name, type, where
 * their description is) and rows. CSV, JSON, the workbooks and the
 * Frictionless Data Package are all generated from these, so they always
 * agree. The files describe themselves in English; `tableAbout` says the
 * same in a reader's language, for the workbook of a view of a table.
 */
/** Keys between tables, for the Data Package: what a row is, and what it points to. */
export interface TableKeys {
  primaryKey: string[];
  foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
}

/** Which table: its title and description are messages, a chart's from the chart. */
export type TableKind =
  | { of: 'sources' | 'claims' | 'events' | 'eventSources' | 'background' | 'corrections' }
  | { of: 'chart'; slug: string };

export interface DownloadTable {
  /** File name without extension: /data/<name>.csv, .json and .xlsx. */
  name: string;
  kind: TableKind;
  /** The page that shows the table, and the ids of the sources its rows come from. */
  page: string;
  sourceIds: string[];
  columns: Column[];
  /** Title, description and fields in English, as the files publish them. */
  title: string;
  description: string;
  fields: Field[];
  rows: Record<string, Cell>[];
  keys: TableKeys;
}

/** A table's title and description in a language. */
export function tableText(
  briefing: Briefing,
  kind: TableKind,
  locale: Locale,
): { title: string; description: string } {
  const t = translator(locale, 'DownloadTables');
  if (kind.of === 'chart') {
    const chart = briefing.chart(kind.slug, locale);
    return { title: t('tables.chart.title', { title: chart.title }), description: chart.subtitle };
  }
  return { title: t(`tables.${kind.of}.title`), description: t(`tables.${kind.of}.description`) };
}

/** A table from its parts, described in English. */
function downloadTable(
  briefing: Briefing,
  table: Omit<DownloadTable, 'title' | 'description' | 'fields'>,
): DownloadTable {
  return {
    ...table,
    ...tableText(briefing, table.kind, 'en'),
    fields: describeColumns(table.columns, 'en'),
  };
}

const JOIN = ' | ';

/** The tables built from every article cite them all. */
const everySourceId = (briefing: Briefing) => briefing.sources.map((source) => source.id);

const sourceColumns: Column[] = [
  column('source', 'source_title'),
  column('source', 'source_publisher'),
  column('source', 'source_author'),
  column('source', 'source_published'),
  column('source', 'source_url'),
];

function sourceCells(sources: readonly Source[]): Record<string, Cell> {
  const join = (pick: (s: Source) => string | null) => {
    const values = sources.map(pick);
    return values.every((v) => v === null) ? null : values.map((v) => v ?? '').join(JOIN);
  };
  return {
    source_title: join((s) => s.title),
    source_publisher: join((s) => s.publisher),
    source_author: join((s) => s.author),
    source_published: join((s) => s.publishedOn),
    source_url: join((s) => s.url),
  };
}

const dateColumns: Column[] = [
  column('date', 'refers_to'),
  column('date', 'date'),
  column('date', 'date_end'),
  column('date', 'date_precision'),
  column('date', 'date_as_printed'),
  column('date', 'year_from_context'),
];

function dateCells(when: DateRef): Record<string, Cell> {
  return {
    refers_to: formatDateRef(when),
    date: when.date,
    date_end: when.precision === 'none' ? null : (when.end ?? null),
    date_precision: when.precision,
    date_as_printed: when.asPrinted,
    year_from_context: when.yearFromContext ?? null,
  };
}

/** The cells of `translationColumns(of)`: each language's words, or empty where the English is. */
function translationCells(
  briefing: Briefing,
  of: string,
  translate: (words: DataWords) => string | null,
): Record<string, Cell> {
  return Object.fromEntries(
    translatedLocales.map((locale) => [`${of}_${locale}`, translate(briefing.words(locale))]),
  );
}

/** The briefing's translations of an article's passages on an event, in the passages' order. */
const citationQuoteTranslations = (words: DataWords, eventId: string, citation: Citation) =>
  citation.quotes.map(
    (_, index) =>
      words.quoteTranslation({ kind: 'event', id: eventId, sourceId: citation.sourceId, index }) ??
      '',
  );

/** Who a row's figure is credited to. */
const CREDIT_SOURCE = 'source';
const CREDIT_BRIEFING = 'briefing calculation';

export const claimColumns: Column[] = [
  column('claim', 'id', 'string', { page: '/claims/<id>' }),
  column('claim', 'measure_id'),
  column('claim', 'label'),
  ...translationColumns('label'),
  column('claim', 'period_group', 'string', { pattern: '<measure>@<period>' }),
  column('claim', 'sources_differ'),
  column('claim', 'value', 'number'),
  column('claim', 'low', 'number'),
  column('claim', 'high', 'number'),
  column('claim', 'unit'),
  column('claim', 'qualifier'),
  column('claim', 'approximate'),
  column('claim', 'credit', 'string', { source: CREDIT_SOURCE, calculation: CREDIT_BRIEFING }),
  column('claim', 'as_printed'),
  column('claim', 'printed_precision'),
  column('claim', 'attribution'),
  ...translationColumns('attribution', true),
  column('claim', 'formula'),
  column('claim', 'formula_inputs'),
  column('claim', 'formula_with_values'),
  column('claim', 'input_sources'),
  ...dateColumns,
  column('claim', 'stated_on'),
  column('claim', 'stated_on_as_printed'),
  column('claim', 'topic'),
  column('claim', 'quote'),
  ...translationColumns('quote', true),
  column('claim', 'source_id'),
  ...sourceColumns,
  column('claim', 'url'),
];

export function claimCells(briefing: Briefing, claim: Claim): Record<string, Cell> {
  const figure = claim.figure;
  const statedOn = statedOnOf(claim);
  const inputSources = claim.sourceIds.map((id) => briefing.source(id));
  const derived = claim.qualifier === 'derived';
  const group = briefing.groupOf(claim.id);
  return {
    id: claim.id,
    measure_id: claim.measure,
    label: claim.label,
    ...translationCells(briefing, 'label', (words) => words.measureLabel(claim.measure)),
    period_group: group.key,
    sources_differ: group.agreement === 'differs' ? 'yes' : null,
    value: figure.kind === 'point' ? figure.value : null,
    low: figure.kind === 'range' ? figure.low : null,
    high: figure.kind === 'range' ? figure.high : null,
    unit: claim.unit,
    qualifier: claim.qualifier,
    approximate: claim.derivation?.approximate ? 'yes' : null,
    credit: derived ? CREDIT_BRIEFING : CREDIT_SOURCE,
    as_printed: derived ? null : claim.asPrinted,
    printed_precision: claim.printedPrecision
      ? formatPrintedPrecision(claim.printedPrecision)
      : null,
    attribution: attributionOf(claim) ?? null,
    ...translationCells(briefing, 'attribution', (words) =>
      attributionOf(claim)
        ? words.quoteTranslation({ kind: 'claim-attribution', id: claim.id })
        : null,
    ),
    formula: derived ? claim.formula : null,
    formula_inputs: derived
      ? Object.entries(claim.inputs)
          .map(([name, id]) => `${name}=${id}`)
          .join(JOIN)
      : null,
    formula_with_values: derivationText(claim),
    input_sources: derived ? inputSources.map((source) => source.title).join(JOIN) : null,
    ...dateCells(claim.when),
    stated_on: statedOn?.date ?? null,
    stated_on_as_printed: statedOn?.asPrinted ?? null,
    topic: claim.topic,
    quote: derived ? null : claim.quote,
    ...translationCells(briefing, 'quote', (words) =>
      derived ? null : words.quoteTranslation({ kind: 'claim', id: claim.id }),
    ),
    // A derived figure is credited to no article: its inputs' sources are in input_sources.
    source_id: derived ? null : (claim.sourceIds[0] ?? null),
    ...sourceCells(derived ? [] : inputSources),
    url: publicUrl(claimHref(claim.id)),
  };
}

export const eventColumns: Column[] = [
  column('event', 'id', 'string', { page: '/events#event-<id>' }),
  column('event', 'title'),
  ...translationColumns('title'),
  column('event', 'summary'),
  ...translationColumns('summary'),
  ...dateColumns,
  column('event', 'topic'),
  column('event', 'actors'),
  column('event', 'claim_ids'),
  column('event', 'quote'),
  ...translationColumns('quote', true),
  ...sourceColumns,
  column('event', 'added_on', 'date'),
  column('event', 'url'),
];

export function eventCells(briefing: Briefing, event: Event): Record<string, Cell> {
  return {
    id: event.id,
    title: event.title,
    ...translationCells(briefing, 'title', (words) => words.eventTitle(event.id)),
    summary: event.summary,
    ...translationCells(briefing, 'summary', (words) => words.eventSummary(event.id)),
    ...dateCells(event.when),
    topic: event.topic,
    actors:
      event.actors.length > 0
        ? event.actors.map((actor) => actorText(briefing, actor)).join(JOIN)
        : null,
    claim_ids: event.claimIds.length > 0 ? event.claimIds.join(JOIN) : null,
    quote: event.citations.flatMap((c) => c.quotes).join(JOIN),
    ...translationCells(briefing, 'quote', (words) =>
      event.citations.flatMap((c) => citationQuoteTranslations(words, event.id, c)).join(JOIN),
    ),
    ...sourceCells(event.citations.map((c) => briefing.source(c.sourceId))),
    added_on: event.addedOn,
    url: publicUrl(briefing.eventHref(event.id)),
  };
}

export const backgroundColumns: Column[] = [
  column('passage', 'id', 'string', { pattern: '<source id>/<passage id>' }),
  column('passage', 'kind'),
  column('passage', 'quote'),
  ...translationColumns('quote', true),
  column('passage', 'why'),
  ...translationColumns('why'),
  column('passage', 'source_id'),
  ...sourceColumns,
  column('passage', 'url'),
];

function backgroundCells(briefing: Briefing, passage: Background): Record<string, Cell> {
  return {
    id: `${passage.sourceId}/${passage.id}`,
    kind: passage.kind,
    quote: passage.quote,
    ...translationCells(briefing, 'quote', (words) =>
      words.quoteTranslation({ kind: 'background', id: passage.id, sourceId: passage.sourceId }),
    ),
    why: passage.why,
    ...translationCells(briefing, 'why', (words) =>
      words.backgroundWhy(passage.sourceId, passage.id),
    ),
    source_id: passage.sourceId,
    ...sourceCells([briefing.source(passage.sourceId)]),
    url: publicUrl(`/sources/${passage.sourceId}#passage-${passage.id}`),
  };
}

export const correctionColumns: Column[] = [
  column('correction', 'id'),
  column('correction', 'date', 'date'),
  column('correction', 'entries'),
  column('correction', 'change'),
  ...translationColumns('change'),
  column('correction', 'why'),
  ...translationColumns('why'),
  column('correction', 'renamed'),
];

function correctionCells(briefing: Briefing, correction: Correction): Record<string, Cell> {
  return {
    id: correction.id,
    date: correction.date,
    entries: correction.entries.map((entry) => `${entry.kind}:${entry.id}`).join(JOIN),
    change: correction.change,
    ...translationCells(briefing, 'change', (words) => words.correction(correction.id).change),
    why: correction.why,
    ...translationCells(briefing, 'why', (words) => words.correction(correction.id).why),
    renamed:
      correction.renamed.length > 0
        ? correction.renamed.map((r) => `${r.kind}:${r.from}→${r.to}`).join(JOIN)
        : null,
  };
}

export function claimsTable(briefing: Briefing): DownloadTable {
  return downloadTable(briefing, {
    name: 'claims',
    kind: { of: 'claims' },
    page: '/claims',
    sourceIds: everySourceId(briefing),
    columns: claimColumns,
    rows: briefing.claims.map((claim) => claimCells(briefing, claim)),
    keys: {
      primaryKey: ['id'],
      foreignKeys: [{ fields: ['source_id'], reference: { resource: 'sources', fields: ['id'] } }],
    },
  });
}

export function eventsTable(briefing: Briefing): DownloadTable {
  return downloadTable(briefing, {
    name: 'events',
    kind: { of: 'events' },
    page: '/events',
    sourceIds: everySourceId(briefing),
    columns: eventColumns,
    rows: briefing.eventOrder.map((event) => eventCells(briefing, event)),
    keys: { primaryKey: ['id'] },
  });
}

export function backgroundTable(briefing: Briefing): DownloadTable {
  return downloadTable(briefing, {
    name: 'background',
    kind: { of: 'background' },
    page: '/sources',
    sourceIds: everySourceId(briefing),
    columns: backgroundColumns,
    rows: briefing.dataset.background.map((passage) => backgroundCells(briefing, passage)),
    keys: {
      primaryKey: ['id'],
      foreignKeys: [{ fields: ['source_id'], reference: { resource: 'sources', fields: ['id'] } }],
    },
  });
}

export function correctionsTable(briefing: Briefing): DownloadTable {
  return downloadTable(briefing, {
    name: 'corrections',
    kind: { of: 'corrections' },
    page: '/corrections',
    sourceIds: [],
    columns: correctionColumns,
    rows: briefing.corrections.map((correction) => correctionCells(briefing, correction)),
    keys: { primaryKey: ['id'] },
  });
}

export const chartTableName = (slug: string) => `chart-${slug}`;

/** A chart's own data: every claim of its measures (with the label of its bar), or its events. */
export function chartTable(briefing: Briefing, slug: string): DownloadTable {
  const model = briefing.chart(slug);
  const base = {
    name: chartTableName(slug),
    kind: { of: 'chart', slug } as const,
    page: chartHref(slug),
    sourceIds: model.sources.map((source) => source.id),
  };
  if (model.kind === 'timeline') {
    return downloadTable(briefing, {
      ...base,
      columns: eventColumns,
      rows: model.eventIds.map((id) => eventCells(briefing, briefing.event(id))),
      keys: {
        primaryKey: ['id'],
        foreignKeys: [{ fields: ['id'], reference: { resource: 'events', fields: ['id'] } }],
      },
    });
  }
  // Each bar's label in each language: the same claims drawn in every language's chart.
  const barLabels = (locale: Locale) =>
    new Map(
      briefing
        .chart(slug, locale)
        .panels.flatMap((panel) =>
          (panel as BarPanel).bars.map((bar) => [bar.claimId, bar.label] as const),
        ),
    );
  const labels = barLabels('en');
  const translatedLabels = new Map<Locale, Map<string, string>>(
    translatedLocales.map((locale) => [locale, barLabels(locale)]),
  );
  return downloadTable(briefing, {
    ...base,
    columns: [
      column('chart', 'chart_label'),
      ...translationColumns('chart_label'),
      ...claimColumns,
    ],
    rows: model.claimIds.map((id) => ({
      chart_label: labels.get(id) ?? null,
      ...translationCells(
        briefing,
        'chart_label',
        (words) => translatedLabels.get(words.locale)?.get(id) ?? null,
      ),
      ...claimCells(briefing, briefing.claim(id)),
    })),
    keys: {
      primaryKey: ['id'],
      foreignKeys: [
        { fields: ['id'], reference: { resource: 'claims', fields: ['id'] } },
        { fields: ['source_id'], reference: { resource: 'sources', fields: ['id'] } },
      ],
    },
  });
}

export const sourceTableColumns: Column[] = [
  column('article', 'id', 'string', { page: '/sources/<id>' }),
  column('article', 'title'),
  ...translationColumns('title'),
  column('article', 'publisher'),
  column('article', 'author'),
  column('article', 'published', 'date'),
  column('article', 'article_url'),
  column('article', 'added_on', 'date'),
  column('article', 'url'),
];

/** The articles: what every claim, event and passage points to. */
export function sourcesTable(briefing: Briefing): DownloadTable {
  return downloadTable(briefing, {
    name: 'sources',
    kind: { of: 'sources' },
    page: '/sources',
    sourceIds: everySourceId(briefing),
    columns: sourceTableColumns,
    rows: briefing.sources.map((source) => ({
      id: source.id,
      title: source.title,
      ...translationCells(briefing, 'title', (words) => words.sourceTitle(source.id)),
      publisher: source.publisher,
      author: source.author,
      published: source.publishedOn,
      article_url: source.url,
      added_on: source.addedOn,
      url: publicUrl(sourceHref(source.id)),
    })),
    keys: { primaryKey: ['id'] },
  });
}

/** Which article reports which event: one row per citation. */
export function eventSourcesTable(briefing: Briefing): DownloadTable {
  return downloadTable(briefing, {
    name: 'event-sources',
    kind: { of: 'eventSources' },
    page: '/events',
    sourceIds: everySourceId(briefing),
    columns: [
      column('eventSource', 'event_id'),
      column('eventSource', 'source_id'),
      column('eventSource', 'quote'),
      ...translationColumns('quote', true),
    ],
    rows: briefing.eventOrder.flatMap((event) =>
      event.citations.map((citation) => ({
        event_id: event.id,
        source_id: citation.sourceId,
        quote: citation.quotes.join(JOIN),
        ...translationCells(briefing, 'quote', (words) =>
          citationQuoteTranslations(words, event.id, citation).join(JOIN),
        ),
      })),
    ),
    keys: {
      primaryKey: ['event_id', 'source_id'],
      foreignKeys: [
        { fields: ['event_id'], reference: { resource: 'events', fields: ['id'] } },
        { fields: ['source_id'], reference: { resource: 'sources', fields: ['id'] } },
      ],
    },
  });
}

export function downloadTables(briefing: Briefing): DownloadTable[] {
  return [
    sourcesTable(briefing),
    claimsTable(briefing),
    eventsTable(briefing),
    eventSourcesTable(briefing),
    backgroundTable(briefing),
    correctionsTable(briefing),
    ...briefing.charts().map((chart) => chartTable(briefing, chart.slug)),
  ];
}

export function tableCsv(table: DownloadTable, { bom = true }: { bom?: boolean } = {}): string {
  const names = table.fields.map((f) => f.name);
  return toCsv(
    names,
    table.rows.map((row) => names.map((name) => row[name] ?? null)),
    { bom },
  );
}

/** The Data Package's copy of a table: the same CSV without a byte-order mark. */
export const packageCsvName = (table: string) => `${table}.nobom.csv`;

/**
 * What a workbook's About sheet says, in a language: the table, who publishes
 * it, where, how to cite it, from what, and what each column holds. A view's
 * workbook ("Download this view") is cited at the address the reader is on,
 * which only the browser knows: its `url` and `citation` hold SLOT for it.
 */
export function tableAbout(
  briefing: Briefing,
  table: DownloadTable,
  locale: Locale = 'en',
  { view = false }: { view?: boolean } = {},
): WorkbookAbout {
  const t = translator(locale, 'DownloadTables');
  const text = tableText(briefing, table.kind, locale);
  const title = view ? t('view', { title: text.title }) : text.title;
  const url = view ? SLOT : publicUrl(localePath(table.page, locale));
  const site = translator(locale, 'Site')('name');
  return {
    title,
    description: text.description,
    publisher: site,
    url,
    citation: t('about.citation', { site, title, url }),
    sources: table.sourceIds.map((id) => sourceCitationIn(briefing.source(id), locale)),
    headings: {
      publishedBy: t('about.publishedBy'),
      address: t('about.address'),
      howToCite: t('about.howToCite'),
      sources: t('about.sources'),
      column: t('about.column'),
      whatItHolds: t('about.whatItHolds'),
    },
    columns: describeColumns(table.columns, locale).map(({ name, type, description }) => ({
      name,
      description: type === 'number' ? t('about.number', { description }) : description,
    })),
  };
}

/** /data/<table>.json: the table, and how to cite it (as its workbook's About sheet does). */
export function tableJson(briefing: Briefing, table: DownloadTable): string {
  const { name, title, description, fields, rows } = table;
  const { publisher, url, citation, sources } = tableAbout(briefing, table);
  const about = { publisher, url, citation, sources };
  return `${JSON.stringify({ name, title, description, about, fields, rows }, null, 2)}\n`;
}
