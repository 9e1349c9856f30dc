import type { Locale } from '../i18n/locales';

/**
 * The words that scale a number, per language: "$32bn", "৩২ বিলিয়ন", "32 млрд". The first
 * word of each scale is the one the formatter writes (lib/format/figure.ts); the others are
 * what an article or a translation may write instead. Each is matched as the start of a word,
 * so inflected forms count ("মিলিয়নের", "миллиона"). The translation check reads this table to
 * hold a translated number to its English scale: "{n:32} মিলিয়ন" for "$32bn" fails.
 */
export interface Scale {
  divisor: number;
  words: readonly string[];
}

export const scaleWords: Record<Locale, readonly Scale[]> = {
  // As the articles print them ("14mn", "$32bn"), and as English spells them out.
  en: [
    { divisor: 1e12, words: ['tn', 'trillion'] },
    { divisor: 1e9, words: ['bn', 'billion'] },
    { divisor: 1e7, words: ['crore'] },
    { divisor: 1e6, words: ['mn', 'million'] },
    { divisor: 1e5, words: ['lakh'] },
    { divisor: 1e3, words: ['thousand'] },
  ],
  bn: [
    { divisor: 1e12, words: ['ট্রিলিয়ন'] },
    { divisor: 1e9, words: ['বিলিয়ন'] },
    { divisor: 1e7, words: ['কোটি'] },
    { divisor: 1e6, words: ['মিলিয়ন'] },
    { divisor: 1e5, words: ['লাখ', 'লক্ষ'] },
    { divisor: 1e3, words: ['হাজার'] },
  ],
  ru: [
    { divisor: 1e12, words: ['трлн', 'триллион'] },
    { divisor: 1e9, words: ['млрд', 'миллиард'] },
    { divisor: 1e7, words: ['крор'] },
    { divisor: 1e6, words: ['млн', 'миллион'] },
    { divisor: 1e5, words: ['лакх'] },
    { divisor: 1e3, words: ['тыс', 'тысяч'] },
  ],
};

/** The word the formatter writes for a scale. */
export function scaleWord(locale: Locale, divisor: number): string {
  const word = scaleWords[locale].find((scale) => scale.divisor === divisor)?.words[0];
  if (!word) throw new Error(`no ${locale} word for a scale of ${divisor}`);
  return word;
}

// English "bn" and "mn" close a word at once ("14mn"); "million" may take a plural "s".
const WORD_END = /^(?![\p{L}\p{M}])/u;

/**
 * The scale a text starts with, after spaces: 1e9 for " বিলিয়ন ডলার", 1e6 for "mn people",
 * 1 for " MW" or "টি বন্দর". An English word must end where its listed form ends (but for a
 * plural "s"), so "MW" is not "mn"; a Bangla or Russian word may go on (it inflects).
 */
export function scaleAt(text: string, locale: Locale): number {
  const rest = text.replace(/^[\s\u00a0\u202f-]+/u, '');
  for (const { divisor, words } of scaleWords[locale]) {
    for (const word of words) {
      if (!rest.startsWith(word)) continue;
      const after = rest.slice(word.length);
      if (locale !== 'en' || WORD_END.test(after.replace(/^s/, ''))) return divisor;
    }
  }
  return 1;
}
