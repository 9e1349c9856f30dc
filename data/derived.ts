import type { DerivedClaimInput } from '@/lib/data/schema';

/**
 * Figures no article prints: the briefing's own calculations from claims,
 * each by a formula that the check evaluates (lib/data/derive.ts). They are
 * credited to the briefing, never to an article, and carry no quote.
 */
export const derived = [
  {
    id: 'work-permits-2023',
    measure: 'work-permits',
    qualifier: 'derived',
    inputs: { permits2024: 'work-permits-2024', growth: 'work-permits-growth-2024' },
    formula: 'permits2024 / (1 + growth / 100)',
    decimals: 0,
    expected: { value: 1418 },
    when: {
      precision: 'year',
      date: '2023',
      asPrinted: null,
      yearFromContext: 'The year before 2024: the 95.8% is a year-on-year increase to 2024.',
    },
    note: 'Implied by the following year’s count and its year-on-year increase. The increase is printed rounded to a tenth of a percent, so the exact result is uncertain by less than a single permit either way, and the whole number shown is the only whole number consistent with both printed figures.',
  },
  {
    id: 'russia-migrant-workers-central-asia-share',
    measure: 'russia-migrant-workers-central-asia-share',
    qualifier: 'derived',
    inputs: { centralAsia: 'russia-migrant-workers-central-asia', total: 'russia-migrant-workers' },
    formula: 'centralAsia / total * 100',
    decimals: 1,
    expected: { low: 75, high: 87.5 },
    when: { precision: 'none', date: null, asPrinted: null },
    note: 'The Central Asian figure divided by each end of the range of all migrant workers: the larger total gives the lower share. The Central Asian figure is approximate (“roughly”), so both ends of the share are approximate too.',
  },
] satisfies DerivedClaimInput[];
