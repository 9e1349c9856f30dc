import type { DatePrecision, Qualifier, Topic, Unit } from '../data/vocabulary';

/**
 * What a chart draws, as plain serialisable data: built on the server from
 * the dataset (lib/charts/*-state.ts), then drawn by the same components when
 * baked to SVG and when live in the browser. Every text is already
 * formatted, so drawing code never formats a number.
 */

/** Provenance shown in tooltips and SVG titles. */
export interface MarkProvenance {
  /** The claim's or event's own label. */
  heading: string;
  dateText: string;
  quote: string | null;
  /** The quote's translation in the reader's language, labelled as the briefing's; null in English. */
  quoteTranslation: string | null;
  /** "Source: IntelliNews, 29 January 2026", or for a derived figure the briefing's credit. */
  creditLine: string;
  /** A derived figure's working, labelled: "Derived: 2,777 ÷ (1 + 95.8 ÷ 100) ≈ 1,418". */
  derivationLine: string | null;
  qualifierNote: string | null;
}

export interface BarDatum {
  key: string;
  claimId: string;
  /** Category label drawn above the bar: "2024", "Killed". */
  label: string;
  qualifier: Qualifier;
  /** Where the solid bar ends: the value, or a range's low end. */
  value: number;
  /** A range's high end; null otherwise. */
  high: number | null;
  /** "more than 100", "12–14mn", "$32bn, a record". */
  valueText: string;
  /** Extra text after the value, e.g. the year-on-year change. */
  annotation: string | null;
  provenance: MarkProvenance;
  href: string;
}

export interface Axis {
  domain: [number, number];
  ticks: number[];
  tickLabels: string[];
}

export interface BarPanel {
  kind: 'bars';
  id: string;
  /** Heading above the panel when a chart has several panels. */
  title: string | null;
  unit: Unit;
  axis: Axis;
  bars: BarDatum[];
}

export interface TimelineDatum {
  key: string;
  eventId: string;
  title: string;
  dateText: string;
  topic: Topic;
  precision: Exclude<DatePrecision, 'none'>;
  /** Start and end in ms since the epoch (UTC), clipped to the axis. */
  span: [number, number];
  /** The period has an explicit end (a duration), not just an imprecise date. */
  isPeriod: boolean;
  /** The period starts before the axis: drawn with an arrow. */
  clippedStart: boolean;
  provenance: MarkProvenance;
  href: string;
}

export interface TimelinePanel {
  kind: 'timeline';
  id: string;
  title: null;
  axis: Axis;
  marker: { time: number; label: string } | null;
  events: TimelineDatum[];
}

export type ChartPanel = BarPanel | TimelinePanel;

/** A row of the chart's data table: formatted text plus what sorting needs. */
export interface ChartTableRow {
  key: string;
  cells: string[];
  href: string;
}

export interface LegendEntry {
  mark:
    | 'solid'
    | 'derived'
    | 'approximately'
    | 'more-than'
    | 'range'
    | 'record'
    | 'day'
    | 'imprecise'
    | 'period'
    | 'marker';
  text: string;
}

/** What the live chart needs, and no more: it crosses to the browser in the page payload. */
export type LiveChartModel = Pick<ChartModel, 'slug' | 'title' | 'panels'>;

export interface ChartSource {
  id: string;
  /** "IntelliNews, 29 January 2026" */
  line: string;
  href: string;
}

/** A correction to the chart or a figure it shows: "Corrected on 24 November 2026: …". */
export interface ChartCorrection {
  date: string;
  text: string;
}

export interface ChartModel {
  slug: string;
  kind: 'time-series' | 'comparison' | 'timeline';
  title: string;
  subtitle: string;
  panels: ChartPanel[];
  legend: LegendEntry[];
  /** A text description of everything the chart shows, generated from the data. */
  description: string;
  /** Notes on qualifiers and derivations. */
  notes: string[];
  claimIds: string[];
  eventIds: string[];
  /** The articles behind the chart's figures or events, each with the line that names it. */
  sources: ChartSource[];
  /** `linkColumns`: indexes of cells that link to the row's claim or event. */
  table: { columns: string[]; linkColumns: number[]; rows: ChartTableRow[] };
  /** Sources give different values for a period the chart draws. */
  sourcesDiffer: boolean;
  corrections: ChartCorrection[];
}
