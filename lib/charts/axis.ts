import { scaleLinear } from 'd3-scale';
import { formatShortMonth, startOfIsoDate } from '../format/date';
import { formatAmount } from '../format/figure';
import type { Unit } from '../data/vocabulary';
import type { Locale } from '../i18n/locales';
import type { Axis } from './types';

/** Tick labels longer than this many characters ("১০ বিলিয়ন ডলার") get half as many ticks. */
const LONG_TICK_LABEL = 8;

/**
 * A zero-based value axis rounded out to about four "nice" ticks (1, 2, 5 × 10ⁿ), or about
 * two where the language writes amounts in words, so that labels never overlap on a phone.
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
  const axis = axisWith(4);
  const longest = Math.max(...axis.tickLabels.map((label) => label.length));
  return longest > LONG_TICK_LABEL ? axisWith(2) : axis;
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
