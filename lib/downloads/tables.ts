import { attributionOf, derivationText, statedOnOf } from '../claims/claim-text';
import { chartHref, claimHref, sourceHref } from '../links';
import type { BarPanel } from '../charts/types';
import type { Claim, Event } from '../data/dataset';
import type { Background, Correction, DateRef, Source } from '../data/schema';
import type { Briefing } from '../model/briefing';
import { datePrecisions, passageKinds, units } from '../data/vocabulary';
import { formatDateRef } from '../format/date-ref';
import { formatPrintedPrecision } from '../format/precision';
import { publicUrl, siteName } from '../site';
import { actorText } from '../tables/rows';
import type { Cell } from './csv';
import { toCsv } from './csv';
import type { WorkbookAbout } from './xlsx';
import { sourceCitation, tableCitation } from '../citation';

/**
 * Every downloadable table, defined once: its fields (name, type,
 * description) and rows. CSV, JSON and the Frictionless Data Package are all
 * generated from these, so they always agree.
 */
/** Table Schema types (datapackage.org): a date field holds YYYY-MM-DD only. */
export interface Field {
  name: string;
  type: 'string' | 'number' | 'date';
  description: string;
}

/** Keys between tables, for the Data Package: what a row is, and what it points to. */
export interface TableKeys {
  primaryKey: string[];
  foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
}

export interface DownloadTable {
  /** File name without extension: /data/<name>.csv, .json and .xlsx. */
  name: string;
  /** The page that shows the table, and the ids of the sources its rows come from. */
  page: string;
  sourceIds: string[];
  title: string;
  description: string;
  fields: Field[];
  rows: Record<string, Cell>[];
  keys: TableKeys;
}

const JOIN = ' | ';

/** The tables built from every article cite them all. */
const everySourceId = (briefing: Briefing) => briefing.sources.map((source) => source.id);

/** "a, b or c" from a vocabulary list, so descriptions follow lib/data/vocabulary.ts. */
const inWords = (list: readonly string[], last: 'or' | ', or') =>
  `${list.slice(0, -1).join(', ')}${last === 'or' ? ' or' : ', or'} ${list.at(-1)}`;

const sourceFields: Field[] = [
  {
    name: 'source_title',
    type: 'string',
    description:
      'Title of the source article (several joined by " | "); empty for a figure the briefing calculates, whose inputs name theirs',
  },
  {
    name: 'source_publisher',
    type: 'string',
    description: 'Publisher; empty when the article does not give one',
  },
  { name: 'source_author', type: 'string', description: 'Author or desk; empty when not given' },
  { name: 'source_published', type: 'string', description: 'Publication date, YYYY-MM-DD' },
  {
    name: 'source_url',
    type: 'string',
    description: 'URL, only where the article prints one; empty otherwise',
  },
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

const dateFields: Field[] = [
  {
    name: 'refers_to',
    type: 'string',
    description:
      'The date or period, as the site prints it ("date not given" when the sources give none; a year in [brackets] is read from context)',
  },
  {
    name: 'date',
    type: 'string',
    description: 'ISO date to its precision: YYYY, YYYY-MM or YYYY-MM-DD; empty when not given',
  },
  {
    name: 'date_end',
    type: 'string',
    description: 'End of a period, same precision; empty otherwise',
  },
  { name: 'date_precision', type: 'string', description: inWords(datePrecisions, ', or') },
  {
    name: 'date_as_printed',
    type: 'string',
    description: 'The words the source uses for the date ("currently", "so far")',
  },
  {
    name: 'year_from_context',
    type: 'string',
    description:
      'Set when the year is not printed beside the date but read from the article’s context, saying how',
  },
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

/** Who a row's figure is credited to. */
const CREDIT_SOURCE = 'source';
const CREDIT_BRIEFING = 'briefing calculation';

export const claimFields: Field[] = [
  { name: 'id', type: 'string', description: 'Claim id; the claim’s page is /claims/<id>' },
  { name: 'measure_id', type: 'string', description: 'The measure the figure is a value of' },
  { name: 'label', type: 'string', description: 'What the figure counts: the measure’s label' },
  {
    name: 'period_group',
    type: 'string',
    description:
      'Claims with the same measure and period share this value (<measure>@<period>): they agree, repeat or differ',
  },
  {
    name: 'sources_differ',
    type: 'string',
    description:
      '"yes" when another claim in the same period_group gives a different value; empty otherwise',
  },
  {
    name: 'value',
    type: 'number',
    description:
      'The figure in base units (dollars, not billions of dollars; people, not millions); empty for a range',
  },
  { name: 'low', type: 'number', description: 'Low end of a range; empty otherwise' },
  { name: 'high', type: 'number', description: 'High end of a range; empty otherwise' },
  {
    name: 'unit',
    type: 'string',
    description: inWords(units, 'or'),
  },
  {
    name: 'qualifier',
    type: 'string',
    description:
      'stated (no qualifier: only as precise as printed), approximately, more-than (value is a lower bound), range, record, or derived (calculated by the briefing)',
  },
  {
    name: 'approximate',
    type: 'string',
    description:
      '"yes" for a derived figure with an approximate input, which makes it approximate too; empty otherwise',
  },
  {
    name: 'credit',
    type: 'string',
    description: `"${CREDIT_SOURCE}" when an article prints the figure; "${CREDIT_BRIEFING}" when the ${siteName} calculates it from other claims`,
  },
  {
    name: 'as_printed',
    type: 'string',
    description: 'The figure exactly as the source prints it; empty for derived figures',
  },
  {
    name: 'printed_precision',
    type: 'string',
    description:
      'How finely the source prints the figure ("whole number", "to tenths"); empty for derived figures',
  },
  {
    name: 'attribution',
    type: 'string',
    description:
      'The source’s own hedge or attribution for the figure, verbatim ("According to available data"); empty when it gives none',
  },
  {
    name: 'formula',
    type: 'string',
    description: 'For derived figures: the formula over the inputs, evaluated by mathjs',
  },
  {
    name: 'formula_inputs',
    type: 'string',
    description: 'For derived figures: name=claim id of each input, joined by " | "',
  },
  {
    name: 'formula_with_values',
    type: 'string',
    description:
      'For derived figures: the formula with the inputs’ values and its result, joined by "=" or, where the result is rounded, "≈"',
  },
  {
    name: 'input_sources',
    type: 'string',
    description:
      'For derived figures: the titles of the articles its inputs come from, joined by " | "',
  },
  ...dateFields,
  {
    name: 'stated_on',
    type: 'string',
    description:
      'When the figure was stated, where that is not what it refers to (a declaration’s day), ISO to its precision; empty otherwise',
  },
  {
    name: 'stated_on_as_printed',
    type: 'string',
    description: 'The words the source uses for stated_on',
  },
  { name: 'topic', type: 'string', description: 'Topic of the claim' },
  {
    name: 'quote',
    type: 'string',
    description:
      'The verbatim sentence of the source that gives the figure; empty for derived figures',
  },
  {
    name: 'source_id',
    type: 'string',
    description: 'The article that prints the figure (see sources); empty for derived figures',
  },
  ...sourceFields,
  {
    name: 'url',
    type: 'string',
    description: 'The claim’s page on this site, with its provenance',
  },
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
    // A derived figure is credited to no article: its inputs' sources are in input_sources.
    source_id: derived ? null : (claim.sourceIds[0] ?? null),
    ...sourceCells(derived ? [] : inputSources),
    url: publicUrl(claimHref(claim.id)),
  };
}

export const eventFields: Field[] = [
  { name: 'id', type: 'string', description: 'Event id; the event is at /events#event-<id>' },
  { name: 'title', type: 'string', description: 'What happened' },
  { name: 'summary', type: 'string', description: 'Context, from the sources' },
  ...dateFields,
  { name: 'topic', type: 'string', description: 'Topic of the event' },
  {
    name: 'actors',
    type: 'string',
    description:
      'People and bodies, named as the articles name them, joined by " | "; where articles spell a name differently, each spelling with the articles that use it',
  },
  {
    name: 'claim_ids',
    type: 'string',
    description: 'Claims giving the event’s figures, joined by " | "',
  },
  {
    name: 'quote',
    type: 'string',
    description:
      'The verbatim passages of each source reporting the event, joined by " | " in source order',
  },
  ...sourceFields,
  {
    name: 'added_on',
    type: 'date',
    description: 'The day the event entered the briefing',
  },
  { name: 'url', type: 'string', description: 'The event on this site' },
];

export function eventCells(briefing: Briefing, event: Event): Record<string, Cell> {
  return {
    id: event.id,
    title: event.title,
    summary: event.summary,
    ...dateCells(event.when),
    topic: event.topic,
    actors:
      event.actors.length > 0
        ? event.actors.map((actor) => actorText(briefing, actor)).join(JOIN)
        : null,
    claim_ids: event.claimIds.length > 0 ? event.claimIds.join(JOIN) : null,
    quote: event.citations.flatMap((c) => c.quotes).join(JOIN),
    ...sourceCells(event.citations.map((c) => briefing.source(c.sourceId))),
    added_on: event.addedOn,
    url: publicUrl(briefing.eventHref(event.id)),
  };
}

export const backgroundFields: Field[] = [
  { name: 'id', type: 'string', description: 'Passage id: <source id>/<passage id>' },
  {
    name: 'kind',
    type: 'string',
    description: `${inWords(passageKinds, 'or')}: background the article gives, its author’s argument, or the page around the article`,
  },
  { name: 'quote', type: 'string', description: 'The passage, verbatim' },
  { name: 'why', type: 'string', description: 'Why the passage is not recorded as an event' },
  { name: 'source_id', type: 'string', description: 'The article (see sources)' },
  ...sourceFields,
  { name: 'url', type: 'string', description: 'The passage on the sources page' },
];

function backgroundCells(briefing: Briefing, passage: Background): Record<string, Cell> {
  return {
    id: `${passage.sourceId}/${passage.id}`,
    kind: passage.kind,
    quote: passage.quote,
    why: passage.why,
    source_id: passage.sourceId,
    ...sourceCells([briefing.source(passage.sourceId)]),
    url: publicUrl(`/sources/${passage.sourceId}#passage-${passage.id}`),
  };
}

export const correctionFields: Field[] = [
  { name: 'id', type: 'string', description: 'Correction id' },
  { name: 'date', type: 'date', description: 'The day of the correction' },
  {
    name: 'entries',
    type: 'string',
    description: 'The entries corrected, kind:id, joined by " | "',
  },
  { name: 'change', type: 'string', description: 'What changed' },
  { name: 'why', type: 'string', description: 'Why' },
  {
    name: 'renamed',
    type: 'string',
    description: 'Ids that changed, old→new, joined by " | "; the old addresses still work',
  },
];

function correctionCells(correction: Correction): Record<string, Cell> {
  return {
    id: correction.id,
    date: correction.date,
    entries: correction.entries.map((entry) => `${entry.kind}:${entry.id}`).join(JOIN),
    change: correction.change,
    why: correction.why,
    renamed:
      correction.renamed.length > 0
        ? correction.renamed.map((r) => `${r.kind}:${r.from}→${r.to}`).join(JOIN)
        : null,
  };
}

export function claimsTable(briefing: Briefing): DownloadTable {
  return {
    name: 'claims',
    page: '/claims',
    sourceIds: everySourceId(briefing),
    title: 'Claims: every figure in the sources',
    description:
      'Every quantitative statement in the source articles, with qualifier, date, verbatim quote and source; figures the briefing calculates, with their formula, inputs and credit. Claims for the same measure and period share a period_group.',
    fields: claimFields,
    rows: briefing.claims.map((claim) => claimCells(briefing, claim)),
    keys: {
      primaryKey: ['id'],
      foreignKeys: [{ fields: ['source_id'], reference: { resource: 'sources', fields: ['id'] } }],
    },
  };
}

export function eventsTable(briefing: Briefing): DownloadTable {
  return {
    name: 'events',
    page: '/events',
    sourceIds: everySourceId(briefing),
    title: 'Events in Bangladesh–Russia relations',
    description:
      'Every event the source articles report, dated only as far as they date it, with quotes and sources.',
    fields: eventFields,
    rows: briefing.eventOrder.map((event) => eventCells(briefing, event)),
    keys: { primaryKey: ['id'] },
  };
}

export function backgroundTable(briefing: Briefing): DownloadTable {
  return {
    name: 'background',
    page: '/sources',
    sourceIds: everySourceId(briefing),
    title: 'Background: every other passage of the sources',
    description:
      'Each passage of the source articles that is neither a figure nor an event, with its kind and why it is not an event; with the claims and events, every word of every article is accounted for.',
    fields: backgroundFields,
    rows: briefing.dataset.background.map((passage) => backgroundCells(briefing, passage)),
    keys: {
      primaryKey: ['id'],
      foreignKeys: [{ fields: ['source_id'], reference: { resource: 'sources', fields: ['id'] } }],
    },
  };
}

export function correctionsTable(briefing: Briefing): DownloadTable {
  return {
    name: 'corrections',
    page: '/corrections',
    sourceIds: [],
    title: 'Corrections',
    description: 'Every correction to the briefing: when, which entries, what changed and why.',
    fields: correctionFields,
    rows: briefing.corrections.map(correctionCells),
    keys: { primaryKey: ['id'] },
  };
}

export const chartTableName = (slug: string) => `chart-${slug}`;

/** A chart's own data: every claim of its measures (with the label of its bar), or its events. */
export function chartTable(briefing: Briefing, slug: string): DownloadTable {
  const model = briefing.chart(slug);
  const base = {
    name: chartTableName(slug),
    page: chartHref(slug),
    sourceIds: model.sources.map((source) => source.id),
    title: `Chart data: ${model.title}`,
    description: model.subtitle,
  };
  if (model.kind === 'timeline') {
    return {
      ...base,
      fields: eventFields,
      rows: model.eventIds.map((id) => eventCells(briefing, briefing.event(id))),
      keys: {
        primaryKey: ['id'],
        foreignKeys: [{ fields: ['id'], reference: { resource: 'events', fields: ['id'] } }],
      },
    };
  }
  const labels = new Map(
    model.panels.flatMap((panel) =>
      (panel as BarPanel).bars.map((bar) => [bar.claimId, bar.label] as const),
    ),
  );
  return {
    ...base,
    fields: [
      {
        name: 'chart_label',
        type: 'string',
        description:
          'The label of the bar that draws the figure; empty for figures in the chart’s notes, and for repeats of a drawn value',
      },
      ...claimFields,
    ],
    rows: model.claimIds.map((id) => ({
      chart_label: labels.get(id) ?? null,
      ...claimCells(briefing, briefing.claim(id)),
    })),
    keys: {
      primaryKey: ['id'],
      foreignKeys: [
        { fields: ['id'], reference: { resource: 'claims', fields: ['id'] } },
        { fields: ['source_id'], reference: { resource: 'sources', fields: ['id'] } },
      ],
    },
  };
}

export const sourceTableFields: Field[] = [
  { name: 'id', type: 'string', description: 'Source id; the source’s page is /sources/<id>' },
  { name: 'title', type: 'string', description: 'Title of the article' },
  { name: 'publisher', type: 'string', description: 'Publisher; empty when not given' },
  { name: 'author', type: 'string', description: 'Author or desk; empty when not given' },
  { name: 'published', type: 'date', description: 'Publication date' },
  {
    name: 'article_url',
    type: 'string',
    description: 'URL, only where the article prints one; empty otherwise',
  },
  { name: 'added_on', type: 'date', description: 'The day the article entered the briefing' },
  { name: 'url', type: 'string', description: 'The source’s page on this site' },
];

/** The articles: what every claim, event and passage points to. */
export function sourcesTable(briefing: Briefing): DownloadTable {
  return {
    name: 'sources',
    page: '/sources',
    sourceIds: everySourceId(briefing),
    title: 'Sources: the articles',
    description: 'Every article the briefing reads, with its publisher, author and date.',
    fields: sourceTableFields,
    rows: briefing.sources.map((source) => ({
      id: source.id,
      title: source.title,
      publisher: source.publisher,
      author: source.author,
      published: source.publishedOn,
      article_url: source.url,
      added_on: source.addedOn,
      url: publicUrl(sourceHref(source.id)),
    })),
    keys: { primaryKey: ['id'] },
  };
}

/** Which article reports which event: one row per citation. */
export function eventSourcesTable(briefing: Briefing): DownloadTable {
  return {
    name: 'event-sources',
    page: '/events',
    sourceIds: everySourceId(briefing),
    title: 'Event sources: which article reports which event',
    description: 'A row per event and article reporting it, with the article’s verbatim passages.',
    fields: [
      { name: 'event_id', type: 'string', description: 'The event' },
      { name: 'source_id', type: 'string', description: 'An article that reports it' },
      {
        name: 'quote',
        type: 'string',
        description: 'That article’s verbatim passages on the event, joined by " | "',
      },
    ],
    rows: briefing.eventOrder.flatMap((event) =>
      event.citations.map((citation) => ({
        event_id: event.id,
        source_id: citation.sourceId,
        quote: citation.quotes.join(JOIN),
      })),
    ),
    keys: {
      primaryKey: ['event_id', 'source_id'],
      foreignKeys: [
        { fields: ['event_id'], reference: { resource: 'events', fields: ['id'] } },
        { fields: ['source_id'], reference: { resource: 'sources', fields: ['id'] } },
      ],
    },
  };
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

/** What the spreadsheet's About sheet says: who publishes the table, where, how to cite it, from what. */
export function tableAbout(briefing: Briefing, table: DownloadTable): WorkbookAbout {
  const url = publicUrl(table.page);
  return {
    publisher: siteName,
    url,
    citation: tableCitation(table.title, url),
    sources: table.sourceIds.map((id) => sourceCitation(briefing.source(id))),
  };
}

/** /data/<table>.json: the table, and what its workbook's About sheet says (a view's workbook reuses it). */
export function tableJson(table: DownloadTable, about: WorkbookAbout): string {
  const { name, title, description, fields, rows } = table;
  return `${JSON.stringify({ name, title, description, about, fields, rows }, null, 2)}\n`;
}
