import { describe, expect, it } from 'vitest';
import { evaluateFormula, formulaSymbols, formulaWithValues, roundTo } from './derive';
import { point, range } from './figure';

describe('evaluateFormula', () => {
  it('computes a point from points', () => {
    const figure = evaluateFormula('permits2024 / (1 + growth / 100)', {
      permits2024: point(2777),
      growth: point(95.8),
    });
    expect(figure.kind).toBe('point');
    expect(roundTo((figure as { value: number }).value, 2)).toBe(1418.28);
  });

  it('spans a range input end to end', () => {
    expect(
      evaluateFormula('part / total * 100', { part: point(10.5e6), total: range(12e6, 14e6) }),
    ).toEqual(range(75, 87.5));
  });

  it('rejects a formula that gives no finite number', () => {
    expect(() => evaluateFormula('a / b', { a: point(1), b: point(0) })).toThrow(/finite/);
  });
});

describe('formula text', () => {
  it('lists the symbols a formula uses', () => {
    expect(formulaSymbols('a / (1 + b / 100) + a')).toEqual(['a', 'b']);
  });
  it('prints values and newspaper operators', () => {
    expect(formulaWithValues('a / (1 + b / 100)', { a: '2,777', b: '95.8' })).toBe(
      '2,777 ÷ (1 + 95.8 ÷ 100)',
    );
  });
});

describe('roundTo', () => {
  it.each([
    [1.005, 2, 1.01],
    [1418.2839, 0, 1418],
    [-2.5, 0, -3],
    [87.5, 1, 87.5],
  ])('%s to %s places → %s', (value, decimals, expected) => {
    expect(roundTo(value, decimals)).toBe(expected);
  });
});
