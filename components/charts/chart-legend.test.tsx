import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { LegendEntry } from '@/lib/charts/types';
import { ChartLegend } from './chart-legend';

/** Every kind of mark: a Record, so that a new kind fails the type check until it is listed here. */
const everyMark: Record<LegendEntry['mark'], true> = {
  solid: true,
  derived: true,
  approximately: true,
  'more-than': true,
  range: true,
  record: true,
  day: true,
  imprecise: true,
  period: true,
  marker: true,
};
const marks = Object.keys(everyMark) as LegendEntry['mark'][];

const legend = (entries: LegendEntry['mark'][]) =>
  renderToStaticMarkup(
    <ChartLegend
      entries={entries.map((mark) => ({ mark, text: mark }))}
      idPrefix="legend-test"
      label="Key"
    />,
  );
const referenced = (html: string) => [...html.matchAll(/url\(#([^)]+)\)/g)].map((m) => m[1]);
const defined = (html: string) => [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);

describe('ChartLegend', () => {
  it.each(marks)('defines every pattern the %s sample fills with, and no other', (mark) => {
    const html = legend([mark]);
    expect(defined(html).sort()).toEqual([...new Set(referenced(html))].sort());
  });

  it('defines each pattern once when several samples share it', () => {
    const html = legend(marks);
    expect(defined(html)).toEqual([...new Set(defined(html))]);
    expect(defined(html).sort()).toEqual([...new Set(referenced(html))].sort());
  });
});
