/**
 * Hedges and attributions: the words with which a source says how sure it
 * is ("approximately", "appeared to"), or whose word it reports ("according
 * to", "read a Facebook Post of the embassy"). A briefing that keeps the
 * number and drops the hedge says more than its source, so the check
 * requires that an entry whose quote hedges carries a hedge of the same kind
 * in its own words (docs/data.md, "Editorial rules").
 *
 * `inQuote` are the words that mark the hedge in a source's text; `inEntry`
 * the words that carry it in an entry's title, summary or label. Both are
 * matched as whole words, case-insensitively.
 */
export const hedgeKinds = [
  'approximation',
  'appearance',
  'allegation',
  'suspicion',
  'attribution',
  'perception',
] as const;
export type HedgeKind = (typeof hedgeKinds)[number];

export const hedgeWords: Record<HedgeKind, { inQuote: string[]; inEntry: string[] }> = {
  approximation: {
    inQuote: ['approximately', 'roughly', 'nearly', 'almost', 'an estimated'],
    inEntry: ['approximately', 'roughly', 'about', 'around', 'nearly', 'almost', 'estimated'],
  },
  appearance: {
    inQuote: ['appeared', 'appears', 'apparently', 'seemingly', 'seems', 'seemed'],
    inEntry: ['appeared', 'appears', 'apparently', 'seemingly', 'seems', 'seemed'],
  },
  allegation: {
    inQuote: ['alleged', 'allegedly', 'allegation', 'allegations', 'accused'],
    inEntry: ['alleged', 'allegedly', 'allegation', 'allegations', 'accused', 'accuse'],
  },
  suspicion: {
    inQuote: ['suspected'],
    inEntry: ['suspected', 'suspect'],
  },
  attribution: {
    inQuote: ['according to', 'reportedly', 'read a', 'declared', 'claimed'],
    inEntry: [
      'according to',
      'reportedly',
      'declared',
      'declares',
      'claimed',
      'claims',
      'says',
      'said',
    ],
  },
  perception: {
    inQuote: ['perceived', 'perception'],
    inEntry: ['perceived', 'perception', 'perceives'],
  },
};

function wordPattern(words: readonly string[]): RegExp {
  const alternatives = words.map((word) => word.replace(/\s+/g, '\\s+')).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'iu');
}

const quotePatterns = Object.fromEntries(
  hedgeKinds.map((kind) => [kind, wordPattern(hedgeWords[kind].inQuote)]),
) as Record<HedgeKind, RegExp>;
const entryPatterns = Object.fromEntries(
  hedgeKinds.map((kind) => [kind, wordPattern(hedgeWords[kind].inEntry)]),
) as Record<HedgeKind, RegExp>;

/** The kinds of hedge a source's passage carries, each with the word that marks it. */
export function hedgesInQuote(text: string): { kind: HedgeKind; word: string }[] {
  return hedgeKinds.flatMap((kind) => {
    const match = quotePatterns[kind].exec(text);
    return match ? [{ kind, word: match[0] }] : [];
  });
}

/** Whether an entry's own words carry a hedge of this kind. */
export function entryCarriesHedge(text: string, kind: HedgeKind): boolean {
  return entryPatterns[kind].test(text);
}
