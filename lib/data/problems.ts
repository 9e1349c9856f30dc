/**
 * A problem found in data/: which list, which entry (its id, or its position
 * when it has no usable id), which field, and what is wrong. Printed one per
 * line so a failing build names exactly what to fix.
 */
export interface DataProblem {
  collection: 'sources' | 'claims' | 'events' | 'background' | 'renamed';
  entry: string;
  field: string;
  message: string;
}

export function formatProblem(problem: DataProblem): string {
  return `data/${problem.collection} › ${problem.entry} › ${problem.field}: ${problem.message}`;
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
