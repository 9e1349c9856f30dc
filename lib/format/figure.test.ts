import { describe, expect, it } from 'vitest';
import { point, range } from '../data/figure';
import type { Qualifier, Unit } from '../data/vocabulary';
import { formatAmount, formatQualifiedFigure, formatRange } from './figure';

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
