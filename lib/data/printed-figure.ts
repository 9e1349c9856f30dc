/**
 * Reads a figure as a source prints it ("a record $32bn", "between 12 and
 * 14mn", "approximately 350 MW", "two") back into numbers and a qualifier,
 * so the integrity checks can prove each claim's stored value and qualifier
 * say what the printed words say. Only the forms our sources use are
 * understood; anything else is reported, never guessed.
 */

export type PrintedQualifier = 'stated' | 'approximately' | 'more-than' | 'record' | 'range';

/** How finely a figure is printed: "95.8%" to tenths, "$32bn" in whole billions, "two" in words. */
export interface PrintedPrecision {
  /** Digits printed after the decimal point (the most of a range's two ends). */
  decimals: number;
  /** The scale word printed after the number. */
  scale: 'bn' | 'mn' | null;
  /** Written as a word ("two"), not in digits. */
  inWords: boolean;
}

export interface PrintedFigure {
  qualifier: PrintedQualifier;
  /** One value, or two (low, high) for a range. */
  values: number[];
  currency: 'usd' | null;
  percent: boolean;
  precision: PrintedPrecision;
}

const numberWords: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
};

const scales: Record<string, number> = { bn: 1e9, billion: 1e9, mn: 1e6, million: 1e6 };

const approximateWords = /^(?:approximately|roughly|about|around)\s+/i;
const moreThanWords = /^(?:more than|over)\s+/i;
const recordWords = /^a record\s+/i;

// "$32bn", "2,777", "95.8%", "14mn", "two"; the trailing unit word ("MW", "tonnes") is allowed.
const numberPattern =
  /^(\$)?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[a-z]+)(?:\s?(bn|mn|billion|million)\b)?(%)?(?:\s+[A-Za-z]+)?$/;

interface Amount {
  value: number;
  scaled: boolean;
  currency: 'usd' | null;
  percent: boolean;
  precision: PrintedPrecision;
}

const scaleWord = (scale: string | undefined): PrintedPrecision['scale'] =>
  scale === 'bn' || scale === 'billion'
    ? 'bn'
    : scale === 'mn' || scale === 'million'
      ? 'mn'
      : null;

function readAmount(text: string): Amount | null {
  const match = numberPattern.exec(text.trim());
  if (!match) return null;
  const [, dollar, digits = '', scale, percent] = match;
  const word = numberWords[digits.toLowerCase()];
  const base = /^\d/.test(digits) ? Number(digits.replaceAll(',', '')) : word;
  if (base === undefined || Number.isNaN(base)) return null;
  const factor = scale ? (scales[scale] ?? 1) : 1;
  return {
    // Multiply via string exponent to avoid 10.5 * 1e6 floating error.
    value: factor === 1 ? base : Number(`${base}e${Math.log10(factor)}`),
    scaled: scale !== undefined,
    currency: dollar ? 'usd' : null,
    percent: percent !== undefined,
    precision: {
      decimals: /\.(\d+)$/.exec(digits)?.[1]?.length ?? 0,
      scale: scaleWord(scale),
      inWords: word !== undefined && !/^\d/.test(digits),
    },
  };
}

/** Returns the reading, or a sentence saying why the text cannot be read. */
export function readPrintedFigure(text: string): PrintedFigure | string {
  const trimmed = text.trim();

  // "between 12 and 14mn" or "12–14mn"
  const range =
    /^between\s+(.+?)\s+and\s+(.+)$/i.exec(trimmed) ?? /^(\$?[\d.,]+)\s*[–-]\s*(.+)$/.exec(trimmed);
  if (range) {
    const [, lowText = '', highText = ''] = range;
    const high = readAmount(highText);
    if (!high) return `cannot read a range from "${text}"`;
    // The scale and currency printed on the high end apply to both ends ("12 and 14mn").
    const lowCurrency = high.currency && !lowText.startsWith('$') ? '$' : '';
    const lowScale =
      high.scaled && /\d$/.test(lowText)
        ? (/(bn|mn|billion|million)/.exec(highText)?.[1] ?? '')
        : '';
    const low = readAmount(`${lowCurrency}${lowText}${lowScale}`);
    if (!low) return `cannot read a range from "${text}"`;
    return {
      qualifier: 'range',
      values: [low.value, high.value],
      currency: high.currency,
      percent: high.percent,
      precision: {
        ...high.precision,
        decimals: Math.max(low.precision.decimals, high.precision.decimals),
      },
    };
  }

  let qualifier: PrintedQualifier = 'stated';
  let rest = trimmed;
  for (const [pattern, name] of [
    [approximateWords, 'approximately'],
    [moreThanWords, 'more-than'],
    [recordWords, 'record'],
  ] as const) {
    if (pattern.test(rest)) {
      qualifier = name;
      rest = rest.replace(pattern, '');
      break;
    }
  }
  const amount = readAmount(rest);
  if (!amount) return `cannot read a number from "${text}"`;
  return {
    qualifier,
    values: [amount.value],
    currency: amount.currency,
    percent: amount.percent,
    precision: amount.precision,
  };
}
