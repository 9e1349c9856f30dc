import type { Qualifier } from '../data/vocabulary';
import type { LegendEntry } from './types';

/** How each qualifier is drawn, in words: shapes and patterns, never colour alone. */
export const qualifierLegend: Record<Qualifier, LegendEntry> = {
  stated: { mark: 'solid', text: 'Solid bar: the number as the source states it' },
  record: { mark: 'record', text: 'Star: the source calls the number a record' },
  approximately: {
    mark: 'approximately',
    text: 'Blurred end: an approximate number (“about”)',
  },
  'more-than': {
    mark: 'more-than',
    text: 'Open arrow: a lower bound (“more than”); the true number is higher',
  },
  range: { mark: 'range', text: 'Light bracketed segment: the range the source gives' },
  derived: {
    mark: 'derived',
    text: 'Hatched bar: derived by a formula from other figures, not printed by a source',
  },
};
