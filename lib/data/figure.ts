/** A claim's quantity: one number, or a low–high range. */
export type Figure =
  { kind: 'point'; value: number } | { kind: 'range'; low: number; high: number };

export const point = (value: number): Figure => ({ kind: 'point', value });
export const range = (low: number, high: number): Figure => ({ kind: 'range', low, high });

/** The largest number a figure allows: a range's high end, else its value. */
export const figureMax = (figure: Figure): number =>
  figure.kind === 'point' ? figure.value : figure.high;

/** The smallest number a figure allows: a range's low end, else its value. */
export const figureMin = (figure: Figure): number =>
  figure.kind === 'point' ? figure.value : figure.low;
