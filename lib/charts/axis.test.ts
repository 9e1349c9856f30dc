import { describe, expect, it } from 'vitest';
import { builtLocales } from '../i18n/locales';
import { briefing } from '../model/current';
import { tickAnchor } from './axis';
import { readBakedPanels } from './baked-store';
import { chartVariants, estimateTextWidth } from './dimensions';

describe('tickAnchor', () => {
  it.each<[number, number, number, string]>([
    [14, 20, 360, 'middle'], // "$0" at the axis start
    [14, 60, 360, 'start'], // "০ ডলার": would be cut at the left edge
    [336, 40, 360, 'middle'], // "$40bn"
    [336, 110, 360, 'end'], // "৪০ বিলিয়ন ডলার": would be cut at the right edge
    [175, 110, 360, 'middle'],
  ])('a label at %d, %d wide, in %d: %s', (x, width, chartWidth, anchor) => {
    expect(tickAnchor(x, width, chartWidth)).toBe(anchor);
  });
});

/** The value and time axes' labels as each baked SVG draws them: text, x, anchor, size. */
function tickLabels(svg: string) {
  return [
    ...svg.matchAll(
      /<text stroke="none" font-size="(\d+)" x="([\d.]+)" y="[\d.]+" text-anchor="(\w+)"[^>]*><tspan[^>]*>([^<]*)<\/tspan><\/text>/g,
    ),
  ].map(([, size, x, anchor, text]) => ({
    text: (text ?? '').replaceAll('&#160;', '\u00a0'),
    x: Number(x),
    anchor,
    size: Number(size),
  }));
}

describe('axis labels, as baked, in every language and size', () => {
  const cases = builtLocales.flatMap((locale) =>
    briefing
      .charts(locale)
      .flatMap((chart) =>
        readBakedPanels(chart.slug, locale).flatMap((panel) =>
          chartVariants.map(
            (variant) =>
              [`${locale} ${chart.slug} ${panel.id} ${variant}`, panel[variant]] as const,
          ),
        ),
      ),
  );

  it.each(cases)('%s: inside the chart, and clear of each other', (_name, baked) => {
    const labels = tickLabels(baked.svg);
    expect(labels.length).toBeGreaterThanOrEqual(2);
    const extents = labels.map(({ text, x, anchor, size }) => {
      const width = estimateTextWidth(text, size);
      return anchor === 'start'
        ? [x, x + width]
        : anchor === 'end'
          ? [x - width, x]
          : [x - width / 2, x + width / 2];
    });
    for (const [left, right] of extents) {
      expect(left).toBeGreaterThanOrEqual(0);
      expect(right).toBeLessThanOrEqual(baked.width);
    }
    extents.slice(1).forEach(([left], index) => {
      expect(left).toBeGreaterThan(extents[index]![1]!);
    });
  });
});
