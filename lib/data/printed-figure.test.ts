import { describe, expect, it } from 'vitest';
import { readPrintedFigure, type PrintedFigure } from './printed-figure';

describe('readPrintedFigure', () => {
  it.each<[string, Partial<PrintedFigure>]>([
    ['2,777', { qualifier: 'stated', values: [2777], currency: null, percent: false }],
    ['95.8%', { qualifier: 'stated', values: [95.8], percent: true }],
    ['a record $32bn', { qualifier: 'record', values: [32e9], currency: 'usd' }],
    ['more than 11mn', { qualifier: 'more-than', values: [11e6] }],
    ['more than 100', { qualifier: 'more-than', values: [100] }],
    ['approximately 30', { qualifier: 'approximately', values: [30] }],
    ['approximately 350 MW', { qualifier: 'approximately', values: [350] }],
    ['roughly 10.5mn', { qualifier: 'approximately', values: [10.5e6] }],
    ['between 12 and 14mn', { qualifier: 'range', values: [12e6, 14e6] }],
    ['12–14mn', { qualifier: 'range', values: [12e6, 14e6] }],
    ['between $1 and $2bn', { qualifier: 'range', values: [1e9, 2e9], currency: 'usd' }],
    ['30,000 tonnes', { qualifier: 'stated', values: [30000] }],
    ['150 people', { qualifier: 'stated', values: [150] }],
    ['two', { qualifier: 'stated', values: [2] }],
  ])('%s', (text, expected) => {
    expect(readPrintedFigure(text)).toMatchObject(expected);
  });

  it.each(['', 'many', 'several hundred', 'between many and more', '12,34'])(
    'refuses to guess at %j',
    (text) => {
      expect(typeof readPrintedFigure(text)).toBe('string');
    },
  );
});
