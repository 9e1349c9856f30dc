import type { Figure } from '../data/figure';
import type { Qualifier, Unit } from '../data/vocabulary';
import { formatNumber } from './number';

interface Scale {
  divisor: number;
  suffix: string;
}

const none: Scale = { divisor: 1, suffix: '' };

/** Counts and money in millions and billions, as our sources print them ("14mn", "$32bn"). */
function scaleFor(unit: Unit, magnitude: number): Scale {
  if (unit === 'percent' || unit === 'mw' || unit === 'tonnes') return none;
  if (Math.abs(magnitude) >= 1e9) return { divisor: 1e9, suffix: 'bn' };
  if (Math.abs(magnitude) >= 1e6) return { divisor: 1e6, suffix: 'mn' };
  return none;
}

/** Words after a number ("350 MW"); counts carry their unit in the label instead. */
const unitSuffix: Record<Unit, string> = {
  count: '',
  permits: '',
  people: '',
  percent: '%',
  usd: '',
  mw: ' MW',
  tonnes: ' tonnes',
};

function compose(unit: Unit, numberText: string, scale: Scale): string {
  // Currency goes before the number and after any sign: "−$3bn".
  const currency = unit === 'usd' ? '$' : '';
  const sign = numberText.startsWith('\u2212') ? '\u2212' : '';
  const digits = sign ? numberText.slice(1) : numberText;
  return `${sign}${currency}${digits}${scale.suffix}${unitSuffix[unit]}`;
}

/** "$32bn", "2,777", "95.8%", "10.5mn", "350 MW", "30,000 tonnes". */
export function formatAmount(value: number, unit: Unit): string {
  const scale = scaleFor(unit, value);
  return compose(unit, formatNumber(value / scale.divisor), scale);
}

/** "12–14mn", "$1–2bn", "75–87.5%": both ends on the high end's scale, an en dash between. */
export function formatRange(low: number, high: number, unit: Unit): string {
  const scale = scaleFor(unit, Math.max(Math.abs(low), Math.abs(high)));
  const lowText = compose(unit, formatNumber(low / scale.divisor), { divisor: 1, suffix: '' });
  const highText = compose(unit, formatNumber(high / scale.divisor), scale);
  // Strip the unit words from the low end: "300–350 MW", not "300 MW–350 MW".
  const lowBare = unitSuffix[unit] ? lowText.slice(0, -unitSuffix[unit].length) : lowText;
  const highBare = unit === 'usd' ? highText.replace('$', '') : highText;
  return `${lowBare}–${highBare}`;
}

export function formatFigure(figure: Figure, unit: Unit): string {
  return figure.kind === 'point'
    ? formatAmount(figure.value, unit)
    : formatRange(figure.low, figure.high, unit);
}

/**
 * The figure with its qualifier in words: "more than 100", "about 30",
 * "12–14mn". A record or a derived figure reads as the number alone; its
 * qualifier is shown beside it (see qualifier.ts).
 */
export function formatQualifiedFigure(qualifier: Qualifier, figure: Figure, unit: Unit): string {
  const text = formatFigure(figure, unit);
  switch (qualifier) {
    case 'approximately':
      return `about ${text}`;
    case 'more-than':
      return `more than ${text}`;
    default:
      return text;
  }
}
