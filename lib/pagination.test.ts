import { describe, expect, it } from 'vitest';
import { pageCount, pageLinks, pageSlice } from './pagination';

describe('table pages', () => {
  it('cuts rows into pages of fifty', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(50)).toBe(1);
    expect(pageCount(51)).toBe(2);
    expect(pageSlice([...Array(120).keys()], 3)).toEqual([
      100,
      101,
      ...Array.from({ length: 18 }, (_, i) => 102 + i),
    ]);
  });

  it('links a bounded set of pages however many there are', () => {
    expect(pageLinks('/events', 1, 1).map((l) => l.href)).toEqual(['/events']);
    expect(pageLinks('/events', 6, 480).map((l) => l.label)).toEqual([
      '1',
      '4',
      '5',
      '6',
      '7',
      '8',
      '480',
    ]);
    expect(pageLinks('/events', 6, 480).find((l) => l.current)?.href).toBe('/events/page/6');
    expect(pageLinks('/events', 480, 480)).toHaveLength(4);
  });
});
