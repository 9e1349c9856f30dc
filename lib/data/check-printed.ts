import type { Figure } from './figure';
import { readPrintedFigure, type PrintedPrecision } from './printed-figure';
import type { Report } from './problems';
import type { PrintedClaimEntry as PrintedClaim } from './schema';
import type { Unit } from './vocabulary';
import { textContains } from './text';

/** Rules for a printed figure: its stored value, qualifier and unit say what its printed words say. */

export function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

export function printedFigureOf(claim: PrintedClaim): Figure {
  return claim.qualifier === 'range'
    ? { kind: 'range', low: claim.low, high: claim.high }
    : { kind: 'point', value: claim.value };
}

/**
 * The printed words must give the stored value, qualifier and unit. Returns
 * how finely the figure is printed, or null when the words cannot be read.
 */
export function checkPrintedClaim(
  claim: PrintedClaim,
  unit: Unit,
  report: Report,
): PrintedPrecision | null {
  if (!textContains(claim.quote, claim.asPrinted)) {
    report({
      field: 'quote',
      message: `does not contain the number as printed "${claim.asPrinted}"`,
    });
  }
  if (claim.when.asPrinted && !textContains(claim.quote, claim.when.asPrinted)) {
    report({ field: 'when.asPrinted', message: `"${claim.when.asPrinted}" is not in the quote` });
  }
  if (claim.statedOn?.asPrinted && !textContains(claim.quote, claim.statedOn.asPrinted)) {
    report({
      field: 'statedOn.asPrinted',
      message: `"${claim.statedOn.asPrinted}" is not in the quote`,
    });
  }
  if (claim.attribution && !textContains(claim.quote, claim.attribution)) {
    report({ field: 'attribution', message: `"${claim.attribution}" is not in the quote` });
  }
  if (claim.qualifier === 'range' && !(claim.low < claim.high)) {
    report({ field: 'low', message: `low (${claim.low}) must be less than high (${claim.high})` });
  }

  const reading = readPrintedFigure(claim.asPrinted);
  if (typeof reading === 'string') {
    report({ field: 'asPrinted', message: reading });
    return null;
  }
  if (reading.qualifier !== claim.qualifier) {
    report({
      field: 'qualifier',
      message: `"${claim.asPrinted}" reads as ${reading.qualifier}, not ${claim.qualifier}`,
    });
  }
  const stored = printedFigureOf(claim);
  const storedValues = stored.kind === 'point' ? [stored.value] : [stored.low, stored.high];
  const fields = stored.kind === 'point' ? ['value'] : ['low', 'high'];
  storedValues.forEach((value, index) => {
    const printed = reading.values[index];
    if (printed === undefined || !sameNumber(printed, value)) {
      report({
        field: fields[index] ?? 'value',
        message: `${value} does not match "${claim.asPrinted}" (reads as ${printed ?? 'nothing'})`,
      });
    }
  });
  if (
    reading.percent !== (unit === 'percent') ||
    (reading.currency === 'usd') !== (unit === 'usd')
  ) {
    report({
      field: 'measure',
      message: `"${claim.asPrinted}" does not fit the measure's unit, ${unit}`,
    });
  }
  return reading.precision;
}
