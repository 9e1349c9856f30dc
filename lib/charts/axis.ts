import { scaleLinear } from 'd3-scale';
import { formatShortMonth, startOfIsoDate } from '../format/date';
import { formatAmount } from '../format/figure';
import type { Unit } from '../data/vocabulary';
import type { Locale } from '../i18n/locales';
import type { Axis } from './types';

/** A zero-based value axis rounded out to about four "nice" ticks (1, 2, 5 × 10ⁿ). */
export function valueAxis(maxValue: number, unit: Unit, locale: Locale): Axis {
  const scale = scaleLinear().domain([0, maxValue]).nice(4);
  const ticks = scale.ticks(4);
  const [low = 0, high = maxValue] = scale.domain();
  return {
    domain: [low, high],
    ticks,
    tickLabels: ticks.map((t) => formatAmount(t, unit, locale)),
  };
}

/** A time axis from `start` to `end` (ms, UTC) with ticks each January and July. */
export function halfYearAxis(start: number, end: number, locale: Locale): Axis {
  const ticks: number[] = [];
  const first = new Date(start).getUTCFullYear();
  const last = new Date(end).getUTCFullYear();
  for (let year = first; year <= last; year += 1) {
    for (const month of ['01', '07']) {
      const time = startOfIsoDate(`${year}-${month}`).getTime();
      if (time >= start && time <= end) ticks.push(time);
    }
  }
  return {
    domain: [start, end],
    ticks,
    tickLabels: ticks.map((tick) => formatShortMonth(tick, locale)),
  };
}
