import type { RawData } from './load-sources';
import type {
  BackgroundInput,
  BriefingInput,
  ChartDeclarationInput,
  CorrectionInput,
  DerivedClaimInput,
  EventEntryInput,
  MeasureInput,
  PrintedClaimInput,
  SourceInput,
} from './schema';

/**
 * A small, valid data directory for the checker's tests, as loadRawData
 * would read it: one source folder with its text, claims of every
 * qualifier, two events (one hedged), a background passage, measures, a
 * derived figure, a chart, a correction with a renamed id, and the
 * briefing's choices. Every word of the text is covered. Each test breaks one
 * thing.
 */
export const sampleSourceText = `Trade report
On March 3 2026, the ministry said exports reached a record $5bn in 2025.
More than 200 firms took part, and roughly 40 of them were new.
Between 10 and 12mn people watched the announcement.
Analysts called it a turning point. The ministry appeared to welcome foreign buyers.
According to the ministry, 12 ports handled the exports.`;

export const SAMPLE_DIR = 'sample/sources/sample-source';

export function sampleRawData(): RawData {
  const source: SourceInput = {
    title: 'Trade report',
    publisher: null,
    publisherEvidence: null,
    author: null,
    authorKind: null,
    publishedOn: '2026-03-04',
    publishedAsPrinted: 'March 4, 2026',
    url: null,
    addedOn: '2026-03-05',
  };
  const measures: MeasureInput[] = [
    {
      id: 'exports',
      label: 'Exports',
      shortLabel: 'Exports',
      unit: 'usd',
      topic: 'economy',
      period: 'year',
      periodMeaning: 'exports in the calendar year',
      sentence: 'Exports reached {figure} in {period}',
    },
    {
      id: 'firms',
      label: 'Firms taking part',
      shortLabel: 'Firms',
      unit: 'count',
      topic: 'economy',
      period: 'as-of',
      periodMeaning: 'firms at the time of the report',
      sentence: '{figure} firms took part',
    },
    {
      id: 'new-firms',
      label: 'New firms taking part',
      shortLabel: 'New firms',
      unit: 'count',
      topic: 'economy',
      period: 'as-of',
      periodMeaning: 'firms at the time of the report',
      sentence: '{figure} firms were new',
    },
    {
      id: 'audience',
      label: 'People who watched',
      shortLabel: 'Audience',
      unit: 'people',
      topic: 'media',
      period: 'event',
      periodMeaning: 'the announcement',
      sentence: '{figure} people watched',
    },
    {
      id: 'ports',
      label: 'Ports that handled the exports',
      shortLabel: 'Ports',
      unit: 'count',
      topic: 'economy',
      period: 'event',
      periodMeaning: 'the exports',
      sentence: '{figure} ports handled the exports',
    },
    {
      id: 'exports-per-firm',
      label: 'Exports per firm, at most',
      shortLabel: 'Per firm',
      unit: 'usd',
      topic: 'economy',
      period: 'as-of',
      periodMeaning: 'at the time of the report',
      sentence: 'Exports per firm were at most {figure}',
    },
  ];
  const claims: PrintedClaimInput[] = [
    {
      id: 'exports-2025',
      measure: 'exports',
      qualifier: 'record',
      value: 5e9,
      asPrinted: 'a record $5bn',
      when: { precision: 'year', date: '2025', asPrinted: 'in 2025' },
      quote: 'the ministry said exports reached a record $5bn in 2025.',
    },
    {
      id: 'firms',
      measure: 'firms',
      qualifier: 'more-than',
      value: 200,
      asPrinted: 'More than 200',
      when: { precision: 'none', date: null, asPrinted: null },
      quote: 'More than 200 firms took part',
    },
    {
      id: 'new-firms',
      measure: 'new-firms',
      qualifier: 'approximately',
      value: 40,
      asPrinted: 'roughly 40',
      when: { precision: 'none', date: null, asPrinted: null },
      quote: 'roughly 40 of them were new',
    },
    {
      id: 'audience',
      measure: 'audience',
      qualifier: 'range',
      low: 10e6,
      high: 12e6,
      asPrinted: 'Between 10 and 12mn',
      when: { precision: 'none', date: null, asPrinted: null },
      quote: 'Between 10 and 12mn people watched the announcement.',
    },
    {
      id: 'ports',
      measure: 'ports',
      qualifier: 'stated',
      value: 12,
      asPrinted: '12',
      when: { precision: 'none', date: null, asPrinted: null },
      quote: 'According to the ministry, 12 ports handled the exports.',
      attribution: 'According to the ministry',
    },
  ];
  const derived: DerivedClaimInput[] = [
    {
      id: 'exports-per-firm',
      measure: 'exports-per-firm',
      qualifier: 'derived',
      inputs: { exports: 'exports-2025', firms: 'firms' },
      formula: 'exports / firms',
      decimals: 0,
      expected: { value: 25_000_000 },
      when: { precision: 'none', date: null, asPrinted: null },
      note: 'An upper bound, since the firm count is a lower bound.',
    },
  ];
  const events: EventEntryInput[] = [
    {
      id: 'announcement',
      when: { precision: 'day', date: '2026-03-03', asPrinted: 'On March 3 2026' },
      title: 'Ministry announces record exports',
      summary: 'The ministry announced the export figure.',
      claimIds: ['exports-2025'],
      actors: ['Ministry'],
      topic: 'economy',
      quotes: ['On March 3 2026, the ministry said exports reached a record $5bn in 2025.'],
    },
    {
      id: 'buyers-welcomed',
      when: { precision: 'none', date: null, asPrinted: null },
      title: 'The ministry appeared to welcome foreign buyers',
      summary: 'So the report says.',
      actors: ['Ministry'],
      topic: 'economy',
      quotes: ['The ministry appeared to welcome foreign buyers.'],
    },
  ];
  const background: BackgroundInput[] = [
    {
      id: 'turning-point',
      kind: 'argument',
      quote: 'Analysts called it a turning point.',
      why: 'An assessment, not an event.',
    },
  ];
  const charts: ChartDeclarationInput[] = [
    { slug: 'firms', kind: 'comparison', title: 'Firms', measures: ['firms', 'new-firms'] },
    { slug: 'timeline', kind: 'timeline', title: 'Events', markerEvent: 'announcement' },
  ];
  const corrections: CorrectionInput[] = [
    {
      id: 'firms-renamed',
      date: '2026-03-05',
      entries: [{ kind: 'claim', id: 'firms' }],
      change: 'The figure was called companies.',
      why: 'The report says firms.',
      renamed: [{ kind: 'claim', from: 'companies', to: 'firms' }],
    },
  ];
  const briefing: BriefingInput = {
    sinceEvent: 'announcement',
    leadArgument: { source: 'sample-source', passage: 'turning-point' },
    headlineMeasures: ['exports'],
  };
  const list = (name: string, entries: unknown[]) => ({ file: `${SAMPLE_DIR}/${name}`, entries });
  return {
    sources: [
      {
        id: 'sample-source',
        dir: SAMPLE_DIR,
        source: { file: `${SAMPLE_DIR}/source.ts`, entry: source },
        claims: list('claims.ts', claims),
        events: list('events.ts', events),
        background: list('background.ts', background),
        measures: list('measures.ts', []),
        text: sampleSourceText,
      },
    ],
    measures: { file: 'sample/measures.ts', entries: measures },
    derived: { file: 'sample/derived.ts', entries: derived },
    charts: { file: 'sample/charts.ts', entries: charts },
    corrections: { file: 'sample/corrections.ts', entries: corrections },
    briefing: { file: 'sample/briefing.ts', entry: briefing },
  };
}

export type SampleRawData = RawData;

/** The sample as a data directory's content, for writeDataDir. */
export function sampleDataDir(data: SampleRawData = sampleRawData()) {
  return {
    measures: [...data.measures.entries],
    derived: [...data.derived.entries],
    charts: [...data.charts.entries],
    corrections: [...data.corrections.entries],
    briefing: data.briefing.entry,
    sources: data.sources.map((folder) => ({
      id: folder.id,
      source: folder.source.entry,
      text: folder.text ?? '',
      claims: [...folder.claims.entries],
      events: [...folder.events.entries],
      background: [...folder.background.entries],
    })),
  };
}
