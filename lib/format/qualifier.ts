import type { Qualifier } from '../data/vocabulary';

/** Short names for badges and table cells. */
export const qualifierLabels: Record<Qualifier, string> = {
  stated: 'stated',
  approximately: 'approximately',
  'more-than': 'more than',
  range: 'range',
  record: 'a record',
  derived: 'derived',
};

/** One sentence per qualifier for chart notes and the claims page. */
export const qualifierNotes: Record<Qualifier, string> = {
  stated:
    'The source states this number with no qualifier. It is only as precise as it is printed: see its printed precision.',
  approximately: 'The source gives an approximate number ("about", "roughly").',
  'more-than': 'The source gives a lower bound only ("more than"); the true number is higher.',
  range: 'The source gives a range, not a single number.',
  record: 'The source gives this number and calls it a record.',
  derived:
    'No source prints this number: the briefing calculates it from other claims by the formula shown.',
};
