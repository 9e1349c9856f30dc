import type { ChartsByLocale } from '../charts/build-charts';
import type { ChartModel } from '../charts/types';
import type { Claim, Dataset, Event } from '../data/dataset';
import { compareByDate } from '../data/order';
import { TABLE_PAGE_SIZE } from '../pagination';
import type { Background, Correction, Measure, Source } from '../data/schema';
import { formatIsoDay } from '../format/date';
import type { Locale } from '../i18n/locales';
import { localePath } from '../i18n/paths';
import { translator } from '../i18n/messages';
import { dataWords, type DataWords } from '../i18n/words';
import { compareGroups, groupClaims, type ClaimGroup } from './groups';

type EntryKind = Correction['entries'][number]['kind'];

function required<T>(map: ReadonlyMap<string, T>, id: string, kind: string): T {
  const found = map.get(id);
  if (found === undefined) throw new Error(`no ${kind} "${id}" in the briefing`);
  return found;
}

function push<T>(map: Map<string, T[]>, key: string, value: T) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The briefing as the site uses it: the checked dataset with every lookup
 * built once, by id and in reverse (measure → claims, claim → events and
 * charts, source → claims and events), and the chart models. Built when data/
 * is compiled (scripts/build-briefing.ts) and again, from the compiled JSON,
 * once per build process; pages pass what each component needs as props.
 */
export class Briefing {
  readonly dataset: Dataset;
  private readonly chartsByLocale: ChartsByLocale | null;
  readonly groups: ClaimGroup[];
  /** Events in the events table's default order (oldest first, undated last). */
  readonly eventOrder: Event[];

  private readonly sourceById: Map<string, Source>;
  private readonly measureById: Map<string, Measure>;
  private readonly claimById: Map<string, Claim>;
  private readonly eventById: Map<string, Event>;
  private readonly chartBySlug = new Map<string, ChartModel>();
  private readonly claimsByMeasure = new Map<string, Claim[]>();
  private readonly claimsBySource = new Map<string, Claim[]>();
  private readonly eventsBySource = new Map<string, Event[]>();
  private readonly eventsByClaim = new Map<string, Event[]>();
  private readonly chartSlugsByClaim = new Map<string, string[]>();
  private readonly derivedByInput = new Map<string, Claim[]>();
  private readonly backgroundBySource = new Map<string, Background[]>();
  private readonly correctionsByEntry = new Map<string, Correction[]>();
  private readonly groupByClaim = new Map<string, ClaimGroup>();
  private readonly groupsByMeasure = new Map<string, ClaimGroup[]>();
  private readonly eventIndex = new Map<string, number>();
  private readonly claimIndex = new Map<string, number>();
  private readonly wordsByLocale = new Map<Locale, DataWords>();

  constructor(dataset: Dataset, charts: ChartsByLocale | null = null) {
    this.dataset = dataset;
    this.sourceById = new Map(dataset.sources.map((source) => [source.id, source]));
    this.measureById = new Map(dataset.measures.map((measure) => [measure.id, measure]));
    this.claimById = new Map(dataset.claims.map((claim) => [claim.id, claim]));
    this.eventById = new Map(dataset.events.map((event) => [event.id, event]));

    dataset.claims.forEach((claim, index) => {
      this.claimIndex.set(claim.id, index);
      push(this.claimsByMeasure, claim.measure, claim);
      if (claim.qualifier === 'derived') {
        for (const input of Object.values(claim.inputs)) push(this.derivedByInput, input, claim);
      } else {
        push(this.claimsBySource, claim.sourceId, claim);
      }
    });
    for (const event of dataset.events) {
      for (const citation of event.citations) push(this.eventsBySource, citation.sourceId, event);
      for (const claimId of event.claimIds) push(this.eventsByClaim, claimId, event);
    }
    for (const passage of dataset.background) {
      push(this.backgroundBySource, passage.sourceId, passage);
    }
    for (const correction of dataset.corrections) {
      for (const entry of correction.entries) {
        push(this.correctionsByEntry, `${entry.kind}:${entry.id}`, correction);
      }
    }

    this.groups = groupClaims(dataset.claims, this.measureById);
    for (const group of [...this.groups].sort(compareGroups)) {
      push(this.groupsByMeasure, group.measureId, group);
      for (const value of group.values) {
        for (const claimId of value.claimIds) this.groupByClaim.set(claimId, group);
      }
    }

    this.eventOrder = dataset.events
      .map((event, index) => ({ event, index }))
      .sort((a, b) => compareByDate(a.event.when, b.event.when) || a.index - b.index)
      .map(({ event }) => event);
    this.eventOrder.forEach((event, index) => this.eventIndex.set(event.id, index));

    this.chartsByLocale = charts;
    for (const [locale, models] of Object.entries(charts ?? {})) {
      for (const chart of models) this.chartBySlug.set(`${locale}:${chart.slug}`, chart);
    }
    for (const chart of charts?.en ?? []) {
      for (const claimId of chart.claimIds) push(this.chartSlugsByClaim, claimId, chart.slug);
    }
  }

  /** The same briefing with its chart models, built from this one. */
  withCharts(charts: ChartsByLocale): Briefing {
    return new Briefing(this.dataset, charts);
  }

  /** Every chart, in a language (the same charts, in data/charts.ts order, in each). */
  charts(locale: Locale = 'en'): ChartModel[] {
    return this.chartsByLocale?.[locale] ?? [];
  }

  get sources() {
    return this.dataset.sources;
  }
  get measures() {
    return this.dataset.measures;
  }
  get claims() {
    return this.dataset.claims;
  }
  get events() {
    return this.dataset.events;
  }
  get corrections() {
    return this.dataset.corrections;
  }
  get config() {
    return this.dataset.briefing;
  }

  source(id: string): Source {
    return required(this.sourceById, id, 'source');
  }
  measure(id: string): Measure {
    return required(this.measureById, id, 'measure');
  }
  claim(id: string): Claim {
    return required(this.claimById, id, 'claim');
  }
  findClaim(id: string): Claim | undefined {
    return this.claimById.get(id);
  }
  event(id: string): Event {
    return required(this.eventById, id, 'event');
  }
  chart(slug: string, locale: Locale = 'en'): ChartModel {
    return required(this.chartBySlug, `${locale}:${slug}`, 'chart');
  }
  findChart(slug: string, locale: Locale = 'en'): ChartModel | undefined {
    return this.chartBySlug.get(`${locale}:${slug}`);
  }

  claimsOfMeasure(measureId: string): Claim[] {
    return this.claimsByMeasure.get(measureId) ?? [];
  }
  /** The figures an article prints. */
  claimsFromSource(sourceId: string): Claim[] {
    return this.claimsBySource.get(sourceId) ?? [];
  }
  /** The events an article defines or cites. */
  eventsFromSource(sourceId: string): Event[] {
    return this.eventsBySource.get(sourceId) ?? [];
  }
  backgroundOf(sourceId: string): Background[] {
    return this.backgroundBySource.get(sourceId) ?? [];
  }
  eventsWithClaim(claimId: string): Event[] {
    return this.eventsByClaim.get(claimId) ?? [];
  }
  chartsWithClaim(claimId: string, locale: Locale = 'en'): ChartModel[] {
    return (this.chartSlugsByClaim.get(claimId) ?? []).map((slug) => this.chart(slug, locale));
  }
  /** Derived claims calculated from this claim. */
  derivedFrom(claimId: string): Claim[] {
    return this.derivedByInput.get(claimId) ?? [];
  }
  correctionsOf(kind: EntryKind, id: string): Correction[] {
    return this.correctionsByEntry.get(`${kind}:${id}`) ?? [];
  }
  groupOf(claimId: string): ClaimGroup {
    return required(this.groupByClaim, claimId, 'claim group');
  }
  /** A measure's groups, oldest period first. */
  groupsOf(measureId: string): ClaimGroup[] {
    return this.groupsByMeasure.get(measureId) ?? [];
  }

  /** The id a renamed claim has now, if `id` is an old one. */
  renamedClaim(id: string): string | undefined {
    for (const correction of this.corrections) {
      const rename = correction.renamed.find((r) => r.kind === 'claim' && r.from === id);
      if (rename) return rename.to;
    }
    return undefined;
  }
  /** The old ids of a renamed event: their anchors still land on its row. */
  formerEventIds(id: string): string[] {
    return this.corrections.flatMap((correction) =>
      correction.renamed.filter((r) => r.kind === 'event' && r.to === id).map((r) => r.from),
    );
  }

  /** The page of the events table an event is on (1-based), in the default order. */
  eventPage(id: string): number {
    return Math.floor(required(this.eventIndex, id, 'event') / TABLE_PAGE_SIZE) + 1;
  }
  claimPage(id: string): number {
    return Math.floor(required(this.claimIndex, id, 'claim') / TABLE_PAGE_SIZE) + 1;
  }
  eventHref(id: string, locale: Locale = 'en'): string {
    const page = this.eventPage(id);
    return localePath(`${page === 1 ? '/events' : `/events/page/${page}`}#event-${id}`, locale);
  }

  /**
   * "IntelliNews, 29 January 2026"; a source without a publisher is named by its title, which
   * stays as the article prints it. A publisher's name is spelled from the language's glossary.
   */
  sourceLine(id: string, locale: Locale = 'en'): string {
    const source = this.source(id);
    const publisher = source.publisher && this.words(locale).name(source.publisher);
    return `${publisher ?? this.titleIn(id, locale)}, ${formatIsoDay(source.publishedOn, locale)}`;
  }
  /** A source in a few words: its publisher, else its byline, else its title. */
  sourceName(id: string, locale: Locale = 'en'): string {
    const source = this.source(id);
    const name = source.publisher ?? source.author;
    return name ? this.words(locale).name(name) : this.titleIn(id, locale);
  }

  /** An article's title in quotation marks: as it prints it in English, translated otherwise. */
  private titleIn(id: string, locale: Locale): string {
    const title = locale === 'en' ? this.source(id).title : this.words(locale).sourceTitle(id);
    return translator(locale, 'Claim')('quotedTitle', { title });
  }

  /** The data's words in a language, made once per language. */
  words(locale: Locale): DataWords {
    let words = this.wordsByLocale.get(locale);
    if (!words) {
      words = dataWords(this.dataset, locale);
      this.wordsByLocale.set(locale, words);
    }
    return words;
  }
}
