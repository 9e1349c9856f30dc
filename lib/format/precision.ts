import type { PrintedPrecision } from '../data/printed-figure';

const fractionNames = ['', 'tenths', 'hundredths', 'thousandths'];
const scaleNames = { bn: 'billions', mn: 'millions' } as const;

/**
 * How finely the source prints a figure, in words: "whole number" (2,777),
 * "to tenths" (95.8%), "whole billions" ($32bn), "millions, to tenths"
 * (10.5mn). A figure the source states with no qualifier is still only as
 * precise as it is printed; this says how precise that is.
 */
export function formatPrintedPrecision(precision: PrintedPrecision): string {
  const fraction = fractionNames[precision.decimals] ?? 'finer than thousandths';
  if (precision.scale) {
    const scale = scaleNames[precision.scale];
    return precision.decimals === 0 ? `whole ${scale}` : `${scale}, to ${fraction}`;
  }
  if (precision.decimals > 0) return `to ${fraction}`;
  return precision.inWords ? 'whole number, in words' : 'whole number';
}
