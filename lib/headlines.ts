/** The claims the briefing page leads with, in order. */
export const headlineClaimIds = [
  'work-permits-2024',
  'remittances-2025',
  'bangladeshis-recruited-by-russian-military',
  'bangladeshi-recruits-killed',
  'rooppur-power-to-grid',
  'russia-migrant-workers',
] as const;
