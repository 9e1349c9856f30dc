import { parse, type MathNode } from 'mathjs';
import type { Figure } from './figure';

/**
 * Derived claims: a figure computed from other claims by a formula stored in
 * data/. mathjs parses and evaluates the formula, so the formula shown to
 * readers is exactly the one computed.
 */

export function parseFormula(formula: string): MathNode {
  return parse(formula);
}

/** The input names a formula uses, in order of first use. */
export function formulaSymbols(formula: string): string[] {
  const names = parseFormula(formula)
    .filter((node) => node.type === 'SymbolNode')
    .map((node) => (node as unknown as { name: string }).name);
  return [...new Set(names)];
}

/**
 * Evaluates the formula. Point inputs give a point. Range inputs are
 * evaluated at every combination of their ends and the result spans the
 * smallest to the largest: exact for formulas monotonic in each input (the
 * sums, products and quotients of positive numbers we use), which the
 * derivation's note must state.
 */
export function evaluateFormula(formula: string, inputs: Record<string, Figure>): Figure {
  const compiled = parseFormula(formula).compile();
  const names = Object.keys(inputs);
  const choices = names.map((name) => {
    const figure = inputs[name] as Figure;
    return figure.kind === 'point' ? [figure.value] : [figure.low, figure.high];
  });

  const results: number[] = [];
  const visit = (index: number, scope: Record<string, number>) => {
    if (index === names.length) {
      const value: unknown = compiled.evaluate({ ...scope });
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        throw new Error(`formula "${formula}" does not give a finite number`);
      }
      results.push(value);
      return;
    }
    for (const choice of choices[index] ?? []) {
      visit(index + 1, { ...scope, [names[index] as string]: choice });
    }
  };
  visit(0, {});

  const low = Math.min(...results);
  const high = Math.max(...results);
  return low === high ? { kind: 'point', value: low } : { kind: 'range', low, high };
}

/** Rounds half away from zero at `decimals` places, without binary drift (1.005 → 1.01). */
export function roundTo(value: number, decimals: number): number {
  const rounded = Math.round(Number(`${Math.abs(value)}e${decimals}`));
  return Math.sign(value) * Number(`${rounded}e-${decimals}`);
}

export function roundFigure(figure: Figure, decimals: number): Figure {
  return figure.kind === 'point'
    ? { kind: 'point', value: roundTo(figure.value, decimals) }
    : { kind: 'range', low: roundTo(figure.low, decimals), high: roundTo(figure.high, decimals) };
}

/**
 * The formula with each input replaced by the text given for it and
 * operators as printed in newspapers: "2,777 ÷ (1 + 95.8 ÷ 100)".
 */
export function formulaWithValues(
  formula: string,
  texts: Record<string, string>,
  /** Writes the formula's own constants ("1", "100") in the reader's digits. */
  formatConstant: (value: number) => string = String,
): string {
  const text = parseFormula(formula).toString({
    handler: (node: MathNode) => {
      if (node.type === 'ConstantNode') {
        const value = (node as unknown as { value: unknown }).value;
        return typeof value === 'number' ? formatConstant(value) : undefined;
      }
      if (node.type !== 'SymbolNode') return undefined;
      const name = (node as unknown as { name: string }).name;
      return texts[name] ?? name;
    },
  });
  return text.replaceAll(' / ', ' ÷ ').replaceAll(' * ', ' × ');
}
