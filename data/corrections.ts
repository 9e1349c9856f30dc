import type { CorrectionInput } from '@/lib/data/schema';

/**
 * Every correction, newest last: the date, the entries it changed, what
 * changed and why. Each corrected entry says "Corrected on …" wherever it is
 * shown, the /corrections page lists them all, and /feed.xml announces them.
 * A renamed id keeps its old address working.
 */
export const corrections = [
  {
    id: 'hedge-moscow-links-with-parties',
    date: '2026-11-24',
    entries: [{ kind: 'event', id: 'moscow-appears-to-forge-links-with-parties' }],
    change:
      'The event said Moscow “builds ties” with the BNP and Jamaat-e-Islami; it now says Moscow “appeared to forge links” with the principal parties, as the analysis does. Moscow’s ties with the interim government, which the analysis states without a hedge, are now an event of their own.',
    why: 'The title dropped the analysis’s hedge.',
    renamed: [
      {
        kind: 'event',
        from: 'moscow-ties-with-bnp-and-jamaat',
        to: 'moscow-appears-to-forge-links-with-parties',
      },
    ],
  },
  {
    id: 'rt-decision-to-air-interview',
    date: '2026-11-24',
    entries: [{ kind: 'event', id: 'rt-decides-to-air-chowdhury-interview' }],
    change:
      'The event said RT “interviewed” the former minister; it now reports RT’s decision to air an interview of him.',
    why: 'The analysis reports the decision to air an interview, not that RT conducted one.',
    renamed: [
      {
        kind: 'event',
        from: 'rt-interviews-awami-league-minister',
        to: 'rt-decides-to-air-chowdhury-interview',
      },
    ],
  },
  {
    id: 'helicopters-unable-to-procure',
    date: '2026-11-24',
    entries: [{ kind: 'claim', id: 'mi-171a2-helicopters-unable-to-procure' }],
    change:
      'The figure was labelled as helicopters “not delivered”; it is now helicopters Bangladesh is “unable to procure”, and its address changed with it.',
    why: 'The analysis says Bangladesh is unable to procure them, not that they were not delivered.',
    renamed: [
      {
        kind: 'claim',
        from: 'mi-171a2-helicopters-not-delivered',
        to: 'mi-171a2-helicopters-unable-to-procure',
      },
    ],
  },
  {
    id: 'rooppur-declaration-date',
    date: '2026-11-24',
    entries: [
      { kind: 'claim', id: 'rooppur-power-to-grid' },
      { kind: 'chart', id: 'rooppur' },
    ],
    change:
      'The figure was dated to the day of the declaration; that is now the day it was stated, and the addition to the grid itself has no date. The year of that day is shown in brackets, as it is read from the paragraph’s context.',
    why: 'A declaration’s date is not the date of what it declares, and the article prints no year beside it.',
  },
  {
    id: 'recruits-attribution',
    date: '2026-11-24',
    entries: [
      { kind: 'claim', id: 'bangladeshis-recruited-by-russian-military' },
      { kind: 'claim', id: 'bangladeshi-recruits-killed' },
      { kind: 'chart', id: 'recruits' },
    ],
    change:
      'The figures and the chart’s subtitle now carry the analysis’s “According to available data”.',
    why: 'The subtitle dropped the source’s attribution.',
  },
  {
    id: 'derived-figures-credit',
    date: '2026-11-24',
    entries: [
      { kind: 'claim', id: 'work-permits-2023' },
      { kind: 'claim', id: 'russia-migrant-workers-central-asia-share' },
    ],
    change:
      'The calculated figures are credited to the briefing, not to the article their inputs come from; a rounded result is joined to its formula by “≈”, and the share, calculated from an approximate input, is shown as approximate.',
    why: 'No article prints these figures.',
  },
  {
    id: 'ambassador-spellings',
    date: '2026-11-24',
    entries: [
      { kind: 'event', id: 'ambassador-meets-tarique-rahman' },
      { kind: 'event', id: 'russia-urges-india-bangladesh-de-escalation' },
    ],
    change:
      'The meeting now shows the ambassador as each article spells him (Aleksandr Khozin, Alexander Khozin); the appeal to de-escalate names its actor as the analysis does, “the Russian Ambassador”.',
    why: 'An actor is named only as the article names it.',
  },
] satisfies CorrectionInput[];
