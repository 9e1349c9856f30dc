import { scaleLinear } from 'd3-scale';
import { formatShortMonth, startOfIsoDate } from '../format/date';
import { formatAmount } from '../format/figure';
import type { Unit } from '../data/vocabulary';
import type { Locale } from '../i18n/locales';
import {
  barLayout,
  estimateTextWidth,
  timelineLayout,
  variantFontSize,
  variantWidth,
} from './dimensions';
import type { Axis } from './types';

/** Room between two tick labels. */
const LABEL_GAP = 8;

/**
 * A tick label is centred on its tick unless that would cut it at the chart's edge ("৪০ বিলিয়ন
 * ডলার" at the end of a value axis): then it runs inward from the tick.
 */
export function tickAnchor(x: number, labelWidth: number, chartWidth: number) {
  if (x - labelWidth / 2 < 0) return 'start';
  if (x + labelWidth / 2 > chartWidth) return 'end';
  return 'middle';
}

/**
 * Whether the axis's labels stand clear of each other in the narrow variant (a phone's: the
 * least room and the largest text), placed as the chart places them.
 */
function labelsFit(axis: Axis, margin: { marginLeft: number; marginRight: number }): boolean {
  const width = variantWidth.narrow;
  const plot = width - margin.marginLeft - margin.marginRight;
  const [low, high] = axis.domain;
  const extents = axis.ticks.map((tick, index) => {
    const x = margin.marginLeft + ((tick - low) / (high - low || 1)) * plot;
    const w = estimateTextWidth(axis.tickLabels[index] ?? '', variantFontSize.narrow);
    const anchor = tickAnchor(x, w, width);
    return anchor === 'start' ? [x, x + w] : anchor === 'end' ? [x - w, x] : [x - w / 2, x + w / 2];
  });
  return extents.every((extent, index) => {
    const next = extents[index + 1];
    return !next || (extent[1] ?? 0) + LABEL_GAP <= (next[0] ?? 0);
  });
}

/**
 * A zero-based value axis rounded out to about four "nice" ticks (1, 2, 5 × 10ⁿ), or fewer
 * where the language's labels are long ("১০ বিলিয়ন ডলার"), so that labels never overlap on a
 * phone.
 */
export function valueAxis(maxValue: number, unit: Unit, locale: Locale): Axis {
  const axisWith = (count: number): Axis => {
    const scale = scaleLinear().domain([0, maxValue]).nice(count);
    const ticks = scale.ticks(count);
    const [low = 0, high = maxValue] = scale.domain();
    return {
      domain: [low, high],
      ticks,
      tickLabels: ticks.map((t) => formatAmount(t, unit, locale)),
    };
  };
  const candidates = [4, 2, 1].map(axisWith);
  return candidates.find((axis) => labelsFit(axis, barLayout)) ?? candidates.at(-1)!;
}

/**
 * A time axis from `start` to `end` (ms, UTC) with ticks each January and July, or each
 * January, or every few Januaries, as the language's month labels leave room ("янв. 2024 г.").
 */
export function halfYearAxis(start: number, end: number, locale: Locale): Axis {
  const first = new Date(start).getUTCFullYear();
  const last = new Date(end).getUTCFullYear();
  const axisWith = (months: readonly string[], yearStep: number): Axis => {
    const ticks: number[] = [];
    for (let year = first; year <= last; year += yearStep) {
      for (const month of months) {
        const time = startOfIsoDate(`${year}-${month}`).getTime();
        if (time >= start && time <= end) ticks.push(time);
      }
    }
    return {
      domain: [start, end],
      ticks,
      tickLabels: ticks.map((tick) => formatShortMonth(tick, locale)),
    };
  };
  const candidates = [
    axisWith(['01', '07'], 1),
    ...Array.from({ length: Math.max(1, last - first) }, (_, i) => axisWith(['01'], i + 1)),
  ];
  return candidates.find((axis) => labelsFit(axis, timelineLayout)) ?? candidates.at(-1)!;
}
