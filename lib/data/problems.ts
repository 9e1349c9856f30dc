/**
 * A problem found in data/: which file, which entry (its id, or its position
 * when it has no usable id), which field, and what is wrong. Printed one per
 * line so a failing build names exactly what to fix:
 *   data/sources/intellinews-2026-01-29/claims.ts › work-permits-2024 › quote: …
 */
export interface DataProblem {
  file: string;
  entry: string;
  field: string;
  message: string;
}

/** Reports a problem with one field of the entry it was made for. */
export type Report = (problem: Pick<DataProblem, 'field' | 'message'>) => void;

export function formatProblem(problem: DataProblem): string {
  return `${problem.file} › ${problem.entry} › ${problem.field}: ${problem.message}`;
}

export class DataIntegrityError extends Error {
  readonly problems: readonly DataProblem[];

  constructor(problems: readonly DataProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`data/ has ${count}:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
    this.name = 'DataIntegrityError';
    this.problems = problems;
  }
}
