import type { ChartDeclarationInput } from '@/lib/data/schema';

/**
 * The charts, in reading order, as declarations: measures, a kind and a
 * title. Subtitles, descriptions, notes and tables are generated from the
 * claims of these measures, so a new claim appears in its chart, table, CSV,
 * embed and images on the next build, and no sentence falls behind.
 */
export const charts = [
  {
    slug: 'work-permits',
    kind: 'time-series',
    title: 'Russian work permits for Bangladeshi citizens',
    measure: 'work-permits',
    annotations: ['work-permits-growth'],
  },
  {
    slug: 'remittances',
    kind: 'comparison',
    title: 'Remittances and Bangladeshi workers abroad',
    measures: ['remittances', 'bangladeshi-workers-abroad'],
  },
  {
    slug: 'recruits',
    kind: 'comparison',
    title: 'Bangladeshis recruited by Russia’s military',
    measures: ['bangladeshi-recruits', 'bangladeshi-recruits-killed'],
  },
  {
    slug: 'rooppur',
    kind: 'comparison',
    title: 'Power from the Rooppur nuclear plant',
    measures: ['rooppur-power-to-grid'],
  },
  {
    slug: 'migrant-workforce',
    kind: 'comparison',
    title: 'Russia’s migrant workforce',
    measures: ['russia-migrant-workers', 'russia-migrant-workers-central-asia'],
    noted: ['russia-migrant-workers-central-asia-share'],
  },
  {
    slug: 'timeline',
    kind: 'timeline',
    title: 'Dated events in Bangladesh–Russia relations',
    markerEvent: 'change-of-government',
  },
] satisfies ChartDeclarationInput[];
