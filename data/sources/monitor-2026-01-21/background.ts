import type { BackgroundInput } from '@/lib/data/schema';

/**
 * Every passage of the report that is neither a figure nor an event, with the
 * reason it is not an event. With the claims and events, every word of the
 * article is accounted for: the coverage check fails on any stretch that
 * nothing in data/ records (docs/data.md, "Events and background").
 */
export default [
  {
    id: 'monitor-byline',
    kind: 'page',
    quote: 'A Monitor Desk Report',
    why: 'The byline; the source record gives the desk as its author.',
  },
  {
    id: 'monitor-dateline',
    kind: 'page',
    quote: 'Date: 21 January, 2026',
    why: 'The publication date; the source record holds it.',
  },
  {
    id: 'monitor-place-line',
    kind: 'page',
    quote: 'Dhaka:',
    why: 'The place line before the first sentence: where the report was filed.',
  },
  {
    id: 'monitor-shared-commitment',
    kind: 'argument',
    quote:
      'The meeting reflects the shared commitment of Bangladesh and Russia to strengthening bilateral relations through economic cooperation, cultural interaction, and closer engagement between their peoples.',
    why: 'The report’s own reading of the meeting, not something that happened.',
  },
  {
    id: 'monitor-stray-letter',
    kind: 'page',
    quote: 'K',
    why: 'A stray letter after the last paragraph of the stored page, from its layout.',
  },
] satisfies BackgroundInput[];
