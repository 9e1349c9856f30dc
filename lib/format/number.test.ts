import { describe, expect, it } from 'vitest';
import type { Locale } from '../i18n/locales';
import { formatNumber, formatYearNumber } from './number';

describe('formatNumber', () => {
  it.each([
    [2777, 2, '2,777'],
    [95.8, 2, '95.8'],
    [10.5, 2, '10.5'],
    [32, 2, '32'],
    [30000, 2, '30,000'],
    [1418.2839, 0, '1,418'],
    [87.5, 1, '87.5'],
    [1.005, 2, '1.01'],
    [0, 2, '0'],
    [-3, 2, '−3'],
    [-1234.5, 1, '−1,234.5'],
  ])('%s with %s decimals → %s', (value, decimals, expected) => {
    expect(formatNumber(value, decimals)).toBe(expected);
  });
});

describe('formatNumber in Bangla (bn-BD) and Russian (ru-RU)', () => {
  it.each<[Locale, number, number, string]>([
    ['bn', 2777, 2, '২,৭৭৭'],
    ['bn', 100_000, 2, '১,০০,০০০'],
    ['bn', 12_345_678.5, 1, '১,২৩,৪৫,৬৭৮.৫'],
    ['bn', 95.8, 2, '৯৫.৮'],
    ['bn', -3, 2, '−৩'],
    ['ru', 2777, 2, '2\u00a0777'],
    ['ru', 12_345_678.5, 1, '12\u00a0345\u00a0678,5'],
    ['ru', 95.8, 2, '95,8'],
    ['ru', -1234.5, 1, '−1\u00a0234,5'],
  ])('%s: %s with %s decimals → %s', (locale, value, decimals, expected) => {
    expect(formatNumber(value, decimals, locale)).toBe(expected);
  });

  it.each<[Locale, number, string]>([
    ['en', 2024, '2024'],
    ['bn', 2024, '২০২৪'],
    ['ru', 2024, '2024'],
  ])('%s: the year %s → %s, never grouped', (locale, year, expected) => {
    expect(formatYearNumber(year, locale)).toBe(expected);
  });
});
