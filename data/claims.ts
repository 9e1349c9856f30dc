import type { ClaimInput } from '@/lib/data/schema';

/**
 * Every quantitative statement in the source articles, entered by hand.
 * `asPrinted` is the figure exactly as printed, qualifier words included; the
 * checks read it back and fail if `value`, `qualifier` or `unit` disagree.
 * Derived claims are computed by their `formula` and printed by no source.
 */

const INTELLINEWS = 'intellinews-2026-01-29';

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

export const claims: ClaimInput[] = [
  {
    id: 'work-permits-2024',
    label: 'Russian work permits issued to Bangladeshi citizens',
    topic: 'labour-migration',
    unit: 'permits',
    qualifier: 'stated',
    value: 2777,
    asPrinted: '2,777',
    when: { precision: 'year', date: '2024', asPrinted: 'in 2024' },
    sourceId: INTELLINEWS,
    quote: PERMITS_QUOTE,
  },
  {
    id: 'work-permits-growth-2024',
    label: 'Year-on-year increase in Russian work permits for Bangladeshi citizens',
    topic: 'labour-migration',
    unit: 'percent',
    qualifier: 'stated',
    value: 95.8,
    asPrinted: '95.8%',
    when: { precision: 'year', date: '2024', asPrinted: 'in 2024' },
    sourceId: INTELLINEWS,
    quote: PERMITS_QUOTE,
  },
  {
    id: 'work-permits-2023',
    label: 'Russian work permits issued to Bangladeshi citizens',
    topic: 'labour-migration',
    unit: 'permits',
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
    id: 'remittances-2025',
    label: 'Remittances received by Bangladesh',
    topic: 'economy',
    unit: 'usd',
    qualifier: 'record',
    value: 32_000_000_000,
    asPrinted: 'a record $32bn',
    when: { precision: 'year', date: '2025', asPrinted: 'in 2025' },
    sourceId: INTELLINEWS,
    quote:
      'Remittances sent by migrant workers serve as an important stimulant for the Bangladeshi economy, with the country receiving a record $32bn in remittances in 2025.',
  },
  {
    id: 'bangladeshi-workers-abroad',
    label: 'Bangladeshi migrant workers abroad',
    topic: 'labour-migration',
    unit: 'people',
    qualifier: 'more-than',
    value: 11_000_000,
    asPrinted: 'more than 11mn',
    when: { precision: 'none', date: null, asPrinted: 'At present' },
    sourceId: INTELLINEWS,
    quote:
      'At present, more than 11mn Bangladeshi migrant workers are abroad, and they are concentrated in the Arab Gulf states.',
  },
  {
    id: 'bangladeshis-recruited-by-russian-military',
    label: 'Bangladeshi citizens recruited by the Russian military to fight against Ukraine',
    topic: 'defence',
    unit: 'people',
    qualifier: 'more-than',
    value: 100,
    asPrinted: 'more than 100',
    when: { precision: 'none', date: null, asPrinted: 'so far' },
    sourceId: INTELLINEWS,
    quote: RECRUITED_QUOTE,
    attribution: AVAILABLE_DATA,
  },
  {
    id: 'bangladeshi-recruits-killed',
    label: 'Bangladeshi citizens recruited by the Russian military who have been killed',
    topic: 'defence',
    unit: 'people',
    qualifier: 'approximately',
    value: 30,
    asPrinted: 'approximately 30',
    when: { precision: 'none', date: null, asPrinted: 'so far' },
    sourceId: INTELLINEWS,
    quote: RECRUITS_QUOTE,
    attribution: AVAILABLE_DATA,
  },
  {
    id: 'rooppur-power-to-grid',
    label:
      'Electricity from the Rooppur Nuclear Power Plant that Adviser Salehuddin Ahmed declared would be added to the national grid',
    topic: 'energy',
    unit: 'mw',
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
    sourceId: INTELLINEWS,
    quote:
      'On January 16, Bangladeshi Adviser for Finance and Science and Technology Salehuddin Ahmed declared that approximately 350 MW of electricity produced at the Russian-financed Rooppur Nuclear Power Plant (NPP) would be added to the national grid.',
  },
  {
    id: 'russia-migrant-workers',
    label: 'Migrant workers hosted by Russia',
    topic: 'labour-migration',
    unit: 'people',
    qualifier: 'range',
    low: 12_000_000,
    high: 14_000_000,
    asPrinted: 'between 12 and 14mn',
    when: { precision: 'none', date: null, asPrinted: 'currently' },
    sourceId: INTELLINEWS,
    // Without the Central Asian count's "roughly", which is not this figure's hedge.
    quote: 'Russia currently hosts between 12 and 14mn migrant workers',
  },
  {
    id: 'russia-migrant-workers-central-asia',
    label: 'Migrant workers hosted by Russia who hail from Central Asian states',
    topic: 'labour-migration',
    unit: 'people',
    qualifier: 'approximately',
    value: 10_500_000,
    asPrinted: 'roughly 10.5mn',
    when: { precision: 'none', date: null, asPrinted: 'currently' },
    sourceId: INTELLINEWS,
    quote:
      'Russia currently hosts between 12 and 14mn migrant workers, and roughly 10.5mn of them hail from Central Asian states.',
  },
  {
    id: 'russia-migrant-workers-central-asia-share',
    label: 'Share of the migrant workers hosted by Russia who hail from Central Asian states',
    topic: 'labour-migration',
    unit: 'percent',
    qualifier: 'derived',
    inputs: { centralAsia: 'russia-migrant-workers-central-asia', total: 'russia-migrant-workers' },
    formula: 'centralAsia / total * 100',
    decimals: 1,
    expected: { low: 75, high: 87.5 },
    when: { precision: 'none', date: null, asPrinted: null },
    note: 'The Central Asian figure divided by each end of the range of all migrant workers: the larger total gives the lower share. The Central Asian figure is approximate (“roughly”), so both ends of the share are approximate too.',
  },
  {
    id: 'crocus-city-hall-deaths',
    label: 'People killed in the Crocus City Hall attack by suspected Tajik militants',
    topic: 'security',
    unit: 'people',
    qualifier: 'stated',
    value: 150,
    asPrinted: '150 people',
    when: { precision: 'month', date: '2024-03', asPrinted: 'March 2024' },
    sourceId: INTELLINEWS,
    quote:
      'after the March 2024 Crocus City Hall attack by suspected Tajik militants which killed 150 people, the Russian government has started to impose restrictions on Central Asian immigrants in response to public pressure.',
  },
  {
    id: 'uralchem-potash-gift',
    label:
      'Potash the Uralchem Group gifted to Bangladesh under the framework of the World Food Programme',
    topic: 'agriculture',
    unit: 'tonnes',
    qualifier: 'stated',
    value: 30_000,
    asPrinted: '30,000 tonnes',
    when: {
      precision: 'day',
      date: '2026-01-19',
      asPrinted: 'On January 19',
      yearFromContext: YEAR_FROM_PARAGRAPH,
    },
    sourceId: INTELLINEWS,
    quote:
      'On January 19, the Uralchem Group, one of the largest producers of fertiliser in Russia, gifted 30,000 tonnes of potash to Bangladesh under the framework of the World Food Programme (WFP).',
  },
  {
    id: 'bangladeshi-workers-dismissed',
    label: 'Bangladeshi workers dismissed from Russia',
    topic: 'labour-migration',
    unit: 'people',
    qualifier: 'stated',
    value: 35,
    asPrinted: '35',
    when: { precision: 'none', date: null, asPrinted: 'recent' },
    sourceId: INTELLINEWS,
    // Without the fraud "allegations" that follow, which are not about the dismissals.
    quote: 'recent incidents, such as the dismissal of 35 Bangladeshi workers from Russia',
  },
  {
    id: 'mi-171a2-helicopters-unable-to-procure',
    label:
      'Mi-171A2 helicopters from Russia that Bangladesh is unable to procure despite partial payments',
    topic: 'defence',
    unit: 'count',
    qualifier: 'stated',
    value: 2,
    asPrinted: 'two',
    when: { precision: 'none', date: null, asPrinted: null },
    sourceId: INTELLINEWS,
    quote:
      'In fact, due to fear of sanctions, Bangladesh is unable to procure two Mi-171A2 helicopters from Russia despite having already made partial payments.',
  },
];
