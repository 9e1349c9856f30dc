import { describe, expect, it } from 'vitest';
import { formatNumber } from './number';

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
