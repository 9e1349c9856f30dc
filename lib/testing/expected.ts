/**
 * What the tests expect to read wherever the briefing shows its one derived figure, written
 * once: the 2023 work-permit count the briefing calculates from two printed figures
 * (data/data.test.ts pins the formula in every language; lib/data/derive.test.ts the
 * formatting rules). Unit and end-to-end tests alike check each place that shows it against this.
 */
export const DERIVED_2023_PERMITS = {
  claimId: 'work-permits-2023',
  /** The working with its result, as the claim page, citation, tooltip and CSV print it. */
  working: '2,777 ÷ (1 + 95.8 ÷ 100) ≈ 1,418',
} as const;
