import type { RawData } from './schema';

/**
 * A small, valid dataset for the checker's tests: one source and its text,
 * claims of every qualifier, events (one hedged), a background passage and
 * a renamed id. Every word of the text is covered. Each test breaks one thing.
 */
export const sampleSourceText = `Trade report
On March 3 2026, the ministry said exports reached a record $5bn in 2025.
More than 200 firms took part, and roughly 40 of them were new.
Between 10 and 12mn people watched the announcement.
Analysts called it a turning point. The ministry appeared to welcome foreign buyers.
According to the ministry, 12 ports handled the exports.`;

export const sampleSourceTexts = { 'sample-source': sampleSourceText };

export function sampleRawData() {
  return {
    sources: [
      {
        id: 'sample-source',
        title: 'Trade report',
        publisher: null,
        publisherEvidence: null,
        author: null,
        authorKind: null,
        publishedOn: '2026-03-04',
        publishedAsPrinted: 'March 4, 2026',
        url: null,
        textFile: 'sample-source.txt',
      },
    ],
    claims: [
      {
        id: 'exports-2025',
        label: 'Exports',
        topic: 'economy',
        unit: 'usd',
        qualifier: 'record',
        value: 5e9,
        asPrinted: 'a record $5bn',
        when: { precision: 'year', date: '2025', asPrinted: 'in 2025' },
        sourceId: 'sample-source',
        quote: 'the ministry said exports reached a record $5bn in 2025.',
      },
      {
        id: 'firms',
        label: 'Firms taking part',
        topic: 'economy',
        unit: 'count',
        qualifier: 'more-than',
        value: 200,
        asPrinted: 'More than 200',
        when: { precision: 'none', date: null, asPrinted: null },
        sourceId: 'sample-source',
        quote: 'More than 200 firms took part',
      },
      {
        id: 'new-firms',
        label: 'New firms taking part',
        topic: 'economy',
        unit: 'count',
        qualifier: 'approximately',
        value: 40,
        asPrinted: 'roughly 40',
        when: { precision: 'none', date: null, asPrinted: null },
        sourceId: 'sample-source',
        quote: 'roughly 40 of them were new',
      },
      {
        id: 'audience',
        label: 'People who watched',
        topic: 'media',
        unit: 'people',
        qualifier: 'range',
        low: 10e6,
        high: 12e6,
        asPrinted: 'Between 10 and 12mn',
        when: { precision: 'none', date: null, asPrinted: null },
        sourceId: 'sample-source',
        quote: 'Between 10 and 12mn people watched the announcement.',
      },
      {
        id: 'ports',
        label: 'Ports that handled the exports',
        topic: 'economy',
        unit: 'count',
        qualifier: 'stated',
        value: 12,
        asPrinted: '12',
        when: { precision: 'none', date: null, asPrinted: null },
        sourceId: 'sample-source',
        quote: 'According to the ministry, 12 ports handled the exports.',
        attribution: 'According to the ministry',
      },
      {
        id: 'exports-per-firm',
        label: 'Exports per firm, at most',
        topic: 'economy',
        unit: 'usd',
        qualifier: 'derived',
        inputs: { exports: 'exports-2025', firms: 'firms' },
        formula: 'exports / firms',
        decimals: 0,
        expected: { value: 25_000_000 },
        when: { precision: 'none', date: null, asPrinted: null },
        note: 'An upper bound, since the firm count is a lower bound.',
      },
    ],
    events: [
      {
        id: 'announcement',
        when: { precision: 'day', date: '2026-03-03', asPrinted: 'On March 3 2026' },
        title: 'Ministry announces record exports',
        summary: 'The ministry announced the export figure.',
        claimIds: ['exports-2025'],
        actors: ['Ministry'],
        topic: 'economy',
        citations: [
          {
            sourceId: 'sample-source',
            quotes: ['On March 3 2026, the ministry said exports reached a record $5bn in 2025.'],
          },
        ],
      },
      {
        id: 'buyers-welcomed',
        when: { precision: 'none', date: null, asPrinted: null },
        title: 'The ministry appeared to welcome foreign buyers',
        summary: 'So the report says.',
        actors: ['Ministry'],
        topic: 'economy',
        citations: [
          {
            sourceId: 'sample-source',
            quotes: ['The ministry appeared to welcome foreign buyers.'],
          },
        ],
      },
    ],
    background: [
      {
        id: 'turning-point',
        sourceId: 'sample-source',
        kind: 'argument',
        quote: 'Analysts called it a turning point.',
        why: 'An assessment, not an event.',
      },
    ],
    renamed: [
      {
        kind: 'claim',
        from: 'companies',
        to: 'firms',
        why: 'The report says firms.',
      },
    ],
  } satisfies RawData;
}

export type SampleRawData = ReturnType<typeof sampleRawData>;
