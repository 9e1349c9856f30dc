import type { Locale } from '../i18n/locales';
import { translator, type Messages } from '../i18n/messages';

/** A counted thing: one of the Count messages, each an ICU plural in every language. */
export type Noun = keyof Messages['Count'];

/** "1 event", "0 figures", "2,777 permits"; "৩টি ঘটনা"; "3 события", "5 событий". */
export function formatCount(count: number, noun: Noun, locale: Locale = 'en'): string {
  return translator(locale, 'Count')(noun, { count });
}

export const nouns = {
  article: 'article',
  event: 'event',
  figure: 'figure',
  claim: 'claim',
  source: 'source',
  passage: 'passage',
  problem: 'problem',
  value: 'value',
  panel: 'panel',
  correction: 'correction',
} as const satisfies Record<string, Noun>;
