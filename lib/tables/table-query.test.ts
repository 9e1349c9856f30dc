import { describe, expect, it } from 'vitest';
import { parseTableQuery, tableQueryParams } from './table-query';

const columns = ['date', 'title', 'topic'] as const;
const defaults = { sort: 'date' as const, desc: false };

describe('parseTableQuery', () => {
  it.each([
    ['', { sort: 'date', desc: false, topic: null, q: '' }],
    ['?sort=title&dir=desc', { sort: 'title', desc: true, topic: null, q: '' }],
    ['?sort=title', { sort: 'title', desc: false, topic: null, q: '' }],
    ['?topic=energy&q=gazprom', { sort: 'date', desc: false, topic: 'energy', q: 'gazprom' }],
    // Nonsense is ignored, defaults used.
    ['?sort=<script>&dir=sideways', { sort: 'date', desc: false, topic: null, q: '' }],
    ['?topic=ENERGY', { sort: 'date', desc: false, topic: null, q: '' }],
    ['?topic=constructor', { sort: 'date', desc: false, topic: null, q: '' }],
    ['?q=' + 'x'.repeat(101), { sort: 'date', desc: false, topic: null, q: '' }],
    ['?q=%00%1Fbnp%7F', { sort: 'date', desc: false, topic: null, q: 'bnp' }],
    ['?sort=title&sort=topic', { sort: 'title', desc: false, topic: null, q: '' }],
  ])('%s', (search, expected) => {
    expect(parseTableQuery(search, columns, defaults)).toEqual(expected);
  });
});

describe('tableQueryParams', () => {
  it('leaves defaults out of the URL', () => {
    expect(tableQueryParams({ sort: 'date', desc: false, topic: null, q: '' }, defaults)).toEqual({
      sort: null,
      dir: null,
      topic: null,
      q: null,
    });
  });
  it('writes what differs', () => {
    expect(
      tableQueryParams({ sort: 'date', desc: true, topic: 'energy', q: 'rooppur' }, defaults),
    ).toEqual({
      sort: 'date',
      dir: 'desc',
      topic: 'energy',
      q: 'rooppur',
    });
  });
});
