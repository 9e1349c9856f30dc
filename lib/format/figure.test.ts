import { describe, expect, it } from 'vitest';
import { point, range } from '../data/figure';
import type { Qualifier, Unit } from '../data/vocabulary';
import type { Locale } from '../i18n/locales';
import { formatAmount, formatRange } from './figure';
import { formatQualifiedFigure } from './qualified-figure';

describe('formatAmount', () => {
  it.each<[number, Unit, string]>([
    [32_000_000_000, 'usd', '$32bn'],
    [2777, 'permits', '2,777'],
    [95.8, 'percent', '95.8%'],
    [11_000_000, 'people', '11mn'],
    [10_500_000, 'people', '10.5mn'],
    [350, 'mw', '350 MW'],
    [30_000, 'tonnes', '30,000 tonnes'],
    [2, 'count', '2'],
    [999_999, 'people', '999,999'],
    [1_500_000, 'usd', '$1.5mn'],
    [250, 'usd', '$250'],
    [-3_000_000_000, 'usd', '−$3bn'],
    // A scaled amount on the scale it rounds to: 999,999,999 is 1.00 billion, not 1,000 million.
    [999_999_999, 'usd', '$1bn'],
    [994_000_000, 'usd', '$994mn'],
  ])('%s %s → %s', (value, unit, expected) => {
    expect(formatAmount(value, unit)).toBe(expected);
  });
});

describe('formatRange', () => {
  it.each<[number, number, Unit, string]>([
    [12_000_000, 14_000_000, 'people', '12–14mn'],
    [75, 87.5, 'percent', '75–87.5%'],
    [300, 350, 'mw', '300–350 MW'],
    [1_000_000_000, 2_000_000_000, 'usd', '$1–2bn'],
    [500_000, 2_000_000, 'people', '0.5–2mn'],
    [-2_000_000_000, -1_000_000_000, 'usd', '−$2–−1bn'],
  ])('%s to %s %s → %s', (low, high, unit, expected) => {
    expect(formatRange(low, high, unit)).toBe(expected);
  });
});

describe('formatQualifiedFigure', () => {
  it.each<[Qualifier, ReturnType<typeof point>, Unit, string]>([
    ['more-than', point(100), 'people', 'more than 100'],
    ['approximately', point(30), 'people', 'about 30'],
    ['approximately', point(350), 'mw', 'about 350 MW'],
    ['more-than', point(11_000_000), 'people', 'more than 11mn'],
    ['range', range(12_000_000, 14_000_000), 'people', '12–14mn'],
    ['record', point(32_000_000_000), 'usd', '$32bn'],
    ['stated', point(2777), 'permits', '2,777'],
    ['derived', point(1418), 'permits', '1,418'],
  ])('%s → %s', (qualifier, figure, unit, expected) => {
    expect(formatQualifiedFigure(qualifier, figure, unit)).toBe(expected);
  });
});

// No-break spaces, as the formatter writes them between a number and its word.
const nbsp = (text: string) => text.replace(/ /g, '\u00a0');

describe('in Bangla and Russian', () => {
  it.each<[Locale, number, Unit, string]>([
    ['bn', 2777, 'permits', '২,৭৭৭'],
    ['bn', 95.8, 'percent', '৯৫.৮%'],
    ['bn', 32_000_000_000, 'usd', nbsp('৩২ বিলিয়ন ডলার')],
    ['bn', 10_000_000_000, 'usd', nbsp('১০ বিলিয়ন ডলার')],
    ['bn', 100_000_000_000, 'usd', nbsp('১০০ বিলিয়ন ডলার')],
    ['bn', 14_000_000, 'people', nbsp('১৪ মিলিয়ন')],
    ['bn', 1_000_000, 'people', nbsp('১ মিলিয়ন')],
    ['bn', 150_000, 'people', '১,৫০,০০০'],
    ['bn', 99_999, 'people', '৯৯,৯৯৯'],
    ['bn', 9_999_999, 'people', nbsp('১০ মিলিয়ন')],
    ['bn', 350, 'mw', nbsp('৩৫০ মেগাওয়াট')],
    ['bn', 30_000, 'tonnes', nbsp('৩০,০০০ টন')],
    ['bn', -3_000_000_000, 'usd', nbsp('−৩ বিলিয়ন ডলার')],
    ['ru', 2777, 'permits', '2\u00a0777'],
    ['ru', 95.8, 'percent', '95,8\u202f%'],
    ['ru', 32_000_000_000, 'usd', nbsp('$32 млрд')],
    ['ru', 10_500_000, 'people', nbsp('10,5 млн')],
    ['ru', 350, 'mw', nbsp('350 МВт')],
    ['ru', 30_000, 'tonnes', '30\u00a0000\u00a0т'],
    ['ru', -3_000_000_000, 'usd', nbsp('−$3 млрд')],
  ])('%s: %s %s → %s', (locale, value, unit, expected) => {
    expect(formatAmount(value, unit, locale)).toBe(expected);
  });

  it.each<[Locale, number, number, Unit, string]>([
    ['bn', 12_000_000, 14_000_000, 'people', nbsp('১২–১৪ মিলিয়ন')],
    ['bn', 75, 87.5, 'percent', '৭৫–৮৭.৫%'],
    ['ru', 12_000_000, 14_000_000, 'people', nbsp('12–14 млн')],
    ['ru', 1_000_000_000, 2_000_000_000, 'usd', nbsp('$1–2 млрд')],
    ['ru', 75, 87.5, 'percent', '75–87,5\u202f%'],
  ])('%s: %s to %s %s → %s', (locale, low, high, unit, expected) => {
    expect(formatRange(low, high, unit, locale)).toBe(expected);
  });

  it.each<[Locale, Qualifier, ReturnType<typeof point>, Unit, string]>([
    ['bn', 'more-than', point(100), 'people', '১০০-এর বেশি'],
    ['bn', 'approximately', point(30), 'people', 'প্রায় ৩০'],
    ['bn', 'approximately', point(350), 'mw', 'প্রায় ৩৫০\u00a0মেগাওয়াট'],
    ['ru', 'more-than', point(100), 'people', 'более 100'],
    ['ru', 'approximately', point(30), 'people', 'около 30'],
    ['ru', 'more-than', point(11_000_000), 'people', `более ${nbsp('11 млн')}`],
    ['ru', 'record', point(32_000_000_000), 'usd', nbsp('$32 млрд')],
  ])('%s: %s → %s', (locale, qualifier, figure, unit, expected) => {
    expect(formatQualifiedFigure(qualifier, figure, unit, locale)).toBe(expected);
  });
});
