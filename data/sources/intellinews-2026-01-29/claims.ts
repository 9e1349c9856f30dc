import type { PrintedClaimInput } from '@/lib/data/schema';

/**
 * Every figure the analysis prints, entered by hand. `asPrinted` is the figure
 * exactly as printed, qualifier words included; the checks read it back and
 * fail if `value`, `qualifier` or the measure's unit disagree.
 */

// Three of the article's dates print no year; its opening paragraph gives it.
const YEAR_FROM_PARAGRAPH =
  'The year is not printed beside this date: it comes from the same paragraph, which opens "On January 20 2026" and lists these January events.';

const PERMITS_QUOTE =
  'Russia has expanded the issuance of work permits to Bangladeshi citizens, reaching 2,777 permits in 2024, which constitutes a 95.8% year-on-year increase.';
const RECRUITS_QUOTE =
  'According to available data, more than 100 Bangladeshi citizens have so far been recruited by the Russian military to fight against Ukraine, and approximately 30 have been killed.';
// The count of recruits is quoted without the killed count's "approximately", which is not its hedge.
const RECRUITED_QUOTE =
  'According to available data, more than 100 Bangladeshi citizens have so far been recruited by the Russian military to fight against Ukraine';
const AVAILABLE_DATA = 'According to available data';

export default [
  {
    id: 'work-permits-2024',
    measure: 'work-permits',
    qualifier: 'stated',
    value: 2777,
    asPrinted: '2,777',
    when: { precision: 'year', date: '2024', asPrinted: 'in 2024' },
    quote: PERMITS_QUOTE,
  },
  {
    id: 'work-permits-growth-2024',
    measure: 'work-permits-growth',
    qualifier: 'stated',
    value: 95.8,
    asPrinted: '95.8%',
    when: { precision: 'year', date: '2024', asPrinted: 'in 2024' },
    quote: PERMITS_QUOTE,
  },
  {
    id: 'remittances-2025',
    measure: 'remittances',
    qualifier: 'record',
    value: 32_000_000_000,
    asPrinted: 'a record $32bn',
    when: { precision: 'year', date: '2025', asPrinted: 'in 2025' },
    quote:
      'Remittances sent by migrant workers serve as an important stimulant for the Bangladeshi economy, with the country receiving a record $32bn in remittances in 2025.',
  },
  {
    id: 'bangladeshi-workers-abroad',
    measure: 'bangladeshi-workers-abroad',
    qualifier: 'more-than',
    value: 11_000_000,
    asPrinted: 'more than 11mn',
    when: { precision: 'none', date: null, asPrinted: 'At present' },
    quote:
      'At present, more than 11mn Bangladeshi migrant workers are abroad, and they are concentrated in the Arab Gulf states.',
  },
  {
    id: 'bangladeshis-recruited-by-russian-military',
    measure: 'bangladeshi-recruits',
    qualifier: 'more-than',
    value: 100,
    asPrinted: 'more than 100',
    when: { precision: 'none', date: null, asPrinted: 'so far' },
    quote: RECRUITED_QUOTE,
    attribution: AVAILABLE_DATA,
  },
  {
    id: 'bangladeshi-recruits-killed',
    measure: 'bangladeshi-recruits-killed',
    qualifier: 'approximately',
    value: 30,
    asPrinted: 'approximately 30',
    when: { precision: 'none', date: null, asPrinted: 'so far' },
    quote: RECRUITS_QUOTE,
    attribution: AVAILABLE_DATA,
  },
  {
    id: 'rooppur-power-to-grid',
    measure: 'rooppur-power-to-grid',
    qualifier: 'approximately',
    value: 350,
    asPrinted: 'approximately 350 MW',
    // The article dates the declaration, not the addition to the grid.
    when: { precision: 'none', date: null, asPrinted: null },
    statedOn: {
      precision: 'day',
      date: '2026-01-16',
      asPrinted: 'On January 16',
      yearFromContext: YEAR_FROM_PARAGRAPH,
    },
    quote:
      'On January 16, Bangladeshi Adviser for Finance and Science and Technology Salehuddin Ahmed declared that approximately 350 MW of electricity produced at the Russian-financed Rooppur Nuclear Power Plant (NPP) would be added to the national grid.',
    attribution: 'Salehuddin Ahmed declared',
  },
  {
    id: 'russia-migrant-workers',
    measure: 'russia-migrant-workers',
    qualifier: 'range',
    low: 12_000_000,
    high: 14_000_000,
    asPrinted: 'between 12 and 14mn',
    when: { precision: 'none', date: null, asPrinted: 'currently' },
    // Without the Central Asian count's "roughly", which is not this figure's hedge.
    quote: 'Russia currently hosts between 12 and 14mn migrant workers',
  },
  {
    id: 'russia-migrant-workers-central-asia',
    measure: 'russia-migrant-workers-central-asia',
    qualifier: 'approximately',
    value: 10_500_000,
    asPrinted: 'roughly 10.5mn',
    when: { precision: 'none', date: null, asPrinted: 'currently' },
    quote:
      'Russia currently hosts between 12 and 14mn migrant workers, and roughly 10.5mn of them hail from Central Asian states.',
  },
  {
    id: 'crocus-city-hall-deaths',
    measure: 'crocus-city-hall-deaths',
    qualifier: 'stated',
    value: 150,
    asPrinted: '150 people',
    when: { precision: 'month', date: '2024-03', asPrinted: 'March 2024' },
    quote:
      'after the March 2024 Crocus City Hall attack by suspected Tajik militants which killed 150 people, the Russian government has started to impose restrictions on Central Asian immigrants in response to public pressure.',
  },
  {
    id: 'uralchem-potash-gift',
    measure: 'potash-gift',
    qualifier: 'stated',
    value: 30_000,
    asPrinted: '30,000 tonnes',
    when: {
      precision: 'day',
      date: '2026-01-19',
      asPrinted: 'On January 19',
      yearFromContext: YEAR_FROM_PARAGRAPH,
    },
    quote:
      'On January 19, the Uralchem Group, one of the largest producers of fertiliser in Russia, gifted 30,000 tonnes of potash to Bangladesh under the framework of the World Food Programme (WFP).',
  },
  {
    id: 'bangladeshi-workers-dismissed',
    measure: 'bangladeshi-workers-dismissed',
    qualifier: 'stated',
    value: 35,
    asPrinted: '35',
    when: { precision: 'none', date: null, asPrinted: 'recent' },
    // Without the fraud "allegations" that follow, which are not about the dismissals.
    quote: 'recent incidents, such as the dismissal of 35 Bangladeshi workers from Russia',
  },
  {
    id: 'mi-171a2-helicopters-unable-to-procure',
    measure: 'mi-171a2-helicopters-unable-to-procure',
    qualifier: 'stated',
    value: 2,
    asPrinted: 'two',
    when: { precision: 'none', date: null, asPrinted: null },
    quote:
      'In fact, due to fear of sanctions, Bangladesh is unable to procure two Mi-171A2 helicopters from Russia despite having already made partial payments.',
  },
] satisfies PrintedClaimInput[];
