import type { BriefingInput } from '@/lib/data/schema';

/** The briefing's editorial choices; every figure and word they lead to comes from the sources. */
export const briefing = {
  sinceEvent: 'change-of-government',
  leadArgument: { source: 'intellinews-2026-01-29', passage: 'partnership-largely-continued' },
  headlineMeasures: [
    'work-permits',
    'remittances',
    'bangladeshi-recruits',
    'bangladeshi-recruits-killed',
    'rooppur-power-to-grid',
    'russia-migrant-workers',
  ],
} satisfies BriefingInput;
