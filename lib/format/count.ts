import { LOCALE } from './locale';
import { formatNumber } from './number';

const pluralRules = new Intl.PluralRules(LOCALE);

export interface Noun {
  one: string;
  other: string;
}

/** "1 event", "0 figures", "2,777 permits": the number formatted, the noun in its plural form. */
export function formatCount(count: number, noun: Noun): string {
  return `${formatNumber(count)} ${pluralRules.select(count) === 'one' ? noun.one : noun.other}`;
}

export const nouns = {
  article: { one: 'article', other: 'articles' },
  event: { one: 'event', other: 'events' },
  figure: { one: 'figure', other: 'figures' },
  claim: { one: 'claim', other: 'claims' },
  source: { one: 'source', other: 'sources' },
  passage: { one: 'passage', other: 'passages' },
  problem: { one: 'problem', other: 'problems' },
  value: { one: 'value', other: 'values' },
  panel: { one: 'panel', other: 'panels' },
  correction: { one: 'correction', other: 'corrections' },
} as const satisfies Record<string, Noun>;
