import type { Figure } from '../data/figure';
import type { Unit } from '../data/vocabulary';
import type { Locale } from '../i18n/locales';
import { formatNumber } from './number';
import { scaleWord } from './scale-words';

/**
 * How each language writes an amount: `{n}` is the formatted number. A unit
 * that is counted in millions and billions gets the language's scale word
 * first; each pattern's text before and after `{n}` frames a range once
 * ("$1–2bn", "300–350 MW").
 */
interface AmountStyle {
  /** Largest first: from `divisor` up, a number is written as a multiple of it. */
  scales: { divisor: number; pattern: string }[];
  units: Record<Unit, string>;
}

// Narrow no-break space: a Russian number and its unit or per cent sign never part.
const NNBSP = '\u202f';
// No-break space, between a number and its word.
const NBSP = '\u00a0';

const styles: Record<Locale, AmountStyle> = {
  // As our sources print them: "14mn", "$32bn".
  en: {
    scales: [
      { divisor: 1e9, pattern: `{n}${scaleWord('en', 1e9)}` },
      { divisor: 1e6, pattern: `{n}${scaleWord('en', 1e6)}` },
    ],
    units: {
      count: '{n}',
      permits: '{n}',
      people: '{n}',
      percent: '{n}%',
      usd: '${n}',
      mw: '{n} MW',
      tonnes: '{n} tonnes',
    },
  },
  // Million and billion as words ("৩২ বিলিয়ন ডলার"), as the briefing's translations of the
  // articles' "mn" and "bn" write them, so a figure and its quote's translation agree;
  // digits grouped in lakhs and crores below a million (১,০০,০০০). Intl's short compact Bengali
  // forms are not used: CLDR abbreviates 1e10 and 1e11 unlike its long forms ("১ শত কো", "১কো").
  bn: {
    scales: [
      { divisor: 1e9, pattern: `{n}${NBSP}${scaleWord('bn', 1e9)}` },
      { divisor: 1e6, pattern: `{n}${NBSP}${scaleWord('bn', 1e6)}` },
    ],
    units: {
      count: '{n}',
      permits: '{n}',
      people: '{n}',
      percent: '{n}%',
      usd: `{n}${NBSP}ডলার`,
      mw: `{n}${NBSP}মেগাওয়াট`,
      tonnes: `{n}${NBSP}টন`,
    },
  },
  // The usual Russian abbreviations: "14 млн", "$32 млрд", "95,8 %", "350 МВт", "30 000 т".
  ru: {
    scales: [
      { divisor: 1e9, pattern: `{n}${NBSP}${scaleWord('ru', 1e9)}` },
      { divisor: 1e6, pattern: `{n}${NBSP}${scaleWord('ru', 1e6)}` },
    ],
    units: {
      count: '{n}',
      permits: '{n}',
      people: '{n}',
      percent: `{n}${NNBSP}%`,
      usd: '${n}',
      mw: `{n}${NBSP}МВт`,
      tonnes: `{n}${NBSP}т`,
    },
  },
};

/** Units measured on a fixed scale: per cent, megawatts and tonnes are never "mn". */
const unscaled = new Set<Unit>(['percent', 'mw', 'tonnes']);

interface Frame {
  divisor: number;
  before: string;
  after: string;
}

/** The pattern for an amount of this size: the unit's, around the scale's. */
function frameFor(unit: Unit, magnitude: number, locale: Locale): Frame {
  const scales = unscaled.has(unit) ? [] : styles[locale].scales;
  const size = Math.abs(magnitude);
  let index = scales.findIndex(({ divisor }) => size >= divisor);
  // A scaled amount that rounds up to the next scale is written on it: 999,999,999 is "$1bn",
  // not "$1,000mn". (An unscaled one keeps its digits: 999,999 stays "999,999".)
  const larger = scales[index - 1];
  const current = scales[index];
  if (
    current &&
    larger &&
    Math.round((size / current.divisor) * 100) / 100 >= larger.divisor / current.divisor
  ) {
    index -= 1;
  }
  const scale = scales[index];
  const pattern = styles[locale].units[unit].replace('{n}', scale?.pattern ?? '{n}');
  const [before = '', after = ''] = pattern.split('{n}');
  return { divisor: scale?.divisor ?? 1, before, after };
}

const MINUS = '\u2212';
/** Currency goes after any sign: "−$3bn". */
const signed = (value: number, text: string) => (value < 0 ? `${MINUS}${text}` : text);

/** "$32bn", "2,777", "95.8%", "10.5mn", "350 MW", "30,000 tonnes"; "৩২ বিলিয়ন ডলার"; "$32 млрд". */
export function formatAmount(value: number, unit: Unit, locale: Locale = 'en'): string {
  const frame = frameFor(unit, value, locale);
  const digits = formatNumber(Math.abs(value) / frame.divisor, 2, locale);
  return signed(value, `${frame.before}${digits}${frame.after}`);
}

/** "12–14mn", "$1–2bn", "75–87.5%": both ends on the high end's scale, framed once, an en dash between. */
export function formatRange(low: number, high: number, unit: Unit, locale: Locale = 'en'): string {
  const frame = frameFor(unit, Math.max(Math.abs(low), Math.abs(high)), locale);
  const digits = (value: number) => formatNumber(Math.abs(value) / frame.divisor, 2, locale);
  // Each end's sign before its number, and the currency after the first sign: "−$2–−1bn".
  const first = signed(low, `${frame.before}${digits(low)}`);
  return `${first}–${signed(high, digits(high))}${frame.after}`;
}

export function formatFigure(figure: Figure, unit: Unit, locale: Locale = 'en'): string {
  return figure.kind === 'point'
    ? formatAmount(figure.value, unit, locale)
    : formatRange(figure.low, figure.high, unit, locale);
}
