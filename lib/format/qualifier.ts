import type { Qualifier } from '../data/vocabulary';

/** Short names for badges and table cells. */
export const qualifierLabels: Record<Qualifier, string> = {
  exact: 'exact',
  approximately: 'approximately',
  'more-than': 'more than',
  range: 'range',
  record: 'a record',
  derived: 'derived',
};

/** One sentence per qualifier for chart notes and the claims page. */
export const qualifierNotes: Record<Qualifier, string> = {
  exact: 'The source gives this exact number.',
  approximately: 'The source gives an approximate number ("about", "roughly").',
  'more-than': 'The source gives a lower bound only ("more than"); the true number is higher.',
  range: 'The source gives a range, not a single number.',
  record: 'The source gives this number and calls it a record.',
  derived: 'No source prints this number: it is computed from other claims by the formula shown.',
};
