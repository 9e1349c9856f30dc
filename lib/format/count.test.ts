import { describe, expect, it } from 'vitest';
import { formatCount, nouns } from './count';

describe('formatCount', () => {
  it.each([
    [0, nouns.event, '0 events'],
    [1, nouns.event, '1 event'],
    [2, nouns.article, '2 articles'],
    [1, nouns.figure, '1 figure'],
    [24_000, nouns.event, '24,000 events'],
    [1.5, nouns.figure, '1.5 figures'],
  ])('%s %j → %s', (count, noun, expected) => {
    expect(formatCount(count, noun)).toBe(expected);
  });
});
