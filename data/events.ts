import type { EventInput } from '@/lib/data/schema';

/**
 * Every event the two articles mention, dated or not. A date is recorded only
 * as far as the article gives it (`precision: 'none'` when it gives none);
 * an event reported by both articles cites both.
 */

const MONITOR = 'monitor-2026-01-21';
const INTELLINEWS = 'intellinews-2026-01-29';

const YEAR_FROM_PARAGRAPH =
  'The year is not printed beside this date: it comes from the same paragraph, which opens "On January 20 2026" and lists these January events.';

export const events: EventInput[] = [
  {
    id: 'awami-league-era-ties',
    when: {
      precision: 'month',
      date: '2009-01',
      end: '2024-08',
      asPrinted: 'Between January 2009 and August 2024',
    },
    title: 'Awami League government pursues close relations with Russia',
    summary:
      'Background: the Awami League government bought Russian military equipment, built the Russian-financed Rooppur nuclear plant, grew bilateral trade, hosted Russian Navy vessels and at times abstained on anti-Russian UN General Assembly resolutions.',
    actors: ['Awami League', 'Government of Bangladesh', 'Russia'],
    topic: 'diplomacy',
    citations: [
      {
        sourceId: INTELLINEWS,
        quote:
          'Between January 2009 and August 2024, the government of Bangladesh, led by the Awami League, pursued close relations with Russia, demonstrated through the acquisition of Russian military equipment, the construction of the Russian-financed Rooppur NPP, the steady increase in bilateral trade, arrival of Russian Navy vessels at Chattogram, occasional Bangladeshi abstention from voting on anti-Russian resolutions at the United Nations General Assembly (UNGA), and the refusal to condemn Russian actions in Ukraine.',
      },
    ],
  },
  {
    id: 'crocus-city-hall-attack',
    when: { precision: 'month', date: '2024-03', asPrinted: 'March 2024' },
    title: 'Crocus City Hall attack by suspected Tajik militants',
    summary:
      'After the attack, and under public pressure, the Russian government began to restrict immigrants from Central Asia.',
    claimIds: ['crocus-city-hall-deaths'],
    actors: ['Suspected Tajik militants', 'Russian government'],
    topic: 'security',
    citations: [
      {
        sourceId: INTELLINEWS,
        quote:
          'after the March 2024 Crocus City Hall attack by suspected Tajik militants which killed 150 people, the Russian government has started to impose restrictions on Central Asian immigrants in response to public pressure.',
      },
    ],
  },
  {
    id: 'russia-restricts-central-asian-migrants',
    when: { precision: 'none', date: null, asPrinted: null },
    title: 'Russia restricts Central Asian immigrants',
    summary:
      'After the Crocus City Hall attack, and under public pressure, the Russian government began to impose restrictions on immigrants from Central Asia.',
    actors: ['Russian government'],
    topic: 'labour-migration',
    citations: [
      {
        sourceId: INTELLINEWS,
        quote:
          'the Russian government has started to impose restrictions on Central Asian immigrants in response to public pressure.',
      },
    ],
  },
  {
    id: 'russia-recruits-workers-beyond-central-asia',
    when: { precision: 'none', date: null, asPrinted: null },
    title: 'Russia recruits migrant workers from India, Myanmar, Nepal and Vietnam',
    summary:
      'Short of workers, Russia started recruiting migrant workers from outside Central Asia.',
    actors: ['Russia'],
    topic: 'labour-migration',
    citations: [
      {
        sourceId: INTELLINEWS,
        quote:
          'However, Russia is facing a shortage of workers, and so has started recruiting migrant workers from other states, such as India, Myanmar, Nepal, and Vietnam.',
      },
    ],
  },
  {
    id: 'work-permits-expanded-2024',
    when: { precision: 'year', date: '2024', asPrinted: 'in 2024' },
    title: 'Russia expands work permits for Bangladeshi citizens',
    summary:
      'Part of Russia’s turn to migrant workers from outside Central Asia; the article calls for the process to be regulated properly.',
    claimIds: ['work-permits-2024', 'work-permits-growth-2024'],
    actors: ['Russia'],
    topic: 'labour-migration',
    citations: [
      {
        sourceId: INTELLINEWS,
        quote:
          'Russia has expanded the issuance of work permits to Bangladeshi citizens, reaching 2,777 permits in 2024, which constitutes a 95.8% year-on-year increase.',
      },
    ],
  },
  {
    id: 'change-of-government',
    when: { precision: 'day', date: '2024-08-05', asPrinted: 'August 5, 2024' },
    title: 'Change of government in Bangladesh after the July Uprising',
    summary:
      'The Awami League government fell in the July Uprising; an interim government took office.',
    actors: ['Awami League', 'Interim government of Bangladesh'],
    topic: 'politics',
    citations: [
      {
        sourceId: INTELLINEWS,
        quote:
          'the partnership between Bangladesh and Russia has largely continued after the change of government in Bangladesh on August 5, 2024.',
      },
    ],
  },
  {
    id: 'russia-recognises-interim-government',
    when: { precision: 'none', date: null, asPrinted: null },
    title: 'Russia recognises the interim government',
    summary:
      'Russia made no official comment on the fall of the previous government and was quick to recognise the interim government. The article gives no date for the recognition.',
    actors: ['Russia', 'Interim government of Bangladesh'],
    topic: 'diplomacy',
    citations: [
      {
        sourceId: INTELLINEWS,
        quote:
          'While Russia officially refrained from commenting on the fall of the previous government in Dhaka in August 2024 as a result of the July Uprising, and was quick to recognise the interim government',
      },
    ],
  },
  {
    id: 'russian-state-media-colour-revolution',
    when: { precision: 'none', date: null, asPrinted: null },
    title: 'Russian state media call the change of government a ‘colour revolution’',
    summary:
      'TASS and Sputnik presented the fall of the government as a Western-backed ‘colour revolution’.',
    actors: ['TASS', 'Sputnik'],
    topic: 'media',
    citations: [
      {
        sourceId: INTELLINEWS,
        quote:
          'Russian state-controlled media outlets, including TASS and Sputnik, viewed the event through the lens of geopolitical conflict and presented it as a Western-backed ‘colour revolution.’',
      },
    ],
  },
  {
    id: 'gazprom-agreement-cancelled',
    when: { precision: 'none', date: null, asPrinted: null },
    title: 'Interim government cancels a natural gas agreement with Gazprom',
    summary:
      'With US support for the new government, the cancellation first suggested that Moscow had ‘lost’ Dhaka; the article says this did not happen.',
    actors: ['Interim government of Bangladesh', 'Gazprom'],
    topic: 'energy',
    citations: [
      {
        sourceId: INTELLINEWS,
        quote:
          'US support for the new government, along with the government’s actions such as the cancellation of a natural gas agreement with Russia’s Gazprom, initially created a perception that Moscow had ‘lost’ its partnership with Dhaka, but this did not occur.',
      },
    ],
  },
  {
    id: 'unga-abstention',
    when: { precision: 'none', date: null, asPrinted: null },
    title: 'Bangladesh abstains on an anti-Russian UN General Assembly resolution',
    summary: 'The interim government continued its predecessor’s practice of abstaining.',
    actors: ['Interim government of Bangladesh', 'UN General Assembly'],
    topic: 'diplomacy',
    citations: [
      {
        sourceId: INTELLINEWS,
        quote:
          'the interim government continued many of the policies of the previous government vis-à-vis Russia, demonstrated by its abstention on an anti-Russian resolution at the UNGA',
      },
    ],
  },
  {
    id: 'russian-led-military-exercises',
    when: { precision: 'none', date: null, asPrinted: null },
    title: 'Bangladesh takes part in Russian-led military exercises',
    summary: 'Participation continued under the interim government.',
    actors: ['Bangladesh Armed Forces', 'Russia'],
    topic: 'defence',
    citations: [
      {
        sourceId: INTELLINEWS,
        quote:
          'continuation of trade and economic ties, participation in Russian-led military exercises, and continued visits by Russian Navy vessels to Chattogram.',
      },
    ],
  },
  {
    id: 'russian-navy-visits-chattogram',
    when: { precision: 'none', date: null, asPrinted: null },
    title: 'Russian Navy vessels keep visiting Chattogram',
    summary: 'Visits continued after the change of government.',
    actors: ['Russian Navy'],
    topic: 'defence',
    citations: [
      {
        sourceId: INTELLINEWS,
        quote: 'continued visits by Russian Navy vessels to Chattogram.',
      },
    ],
  },
  {
    id: 'rt-interviews-awami-league-minister',
    when: { precision: 'none', date: null, asPrinted: null },
    title: 'RT airs an interview with ex-minister Mohibul Hasan Chowdhury',
    summary:
      'Evidence that Moscow’s ties with the Awami League persist: RT interviewed the former Education Minister.',
    actors: ['RT', 'Mohibul Hasan Chowdhury'],
    topic: 'media',
    citations: [
      {
        sourceId: INTELLINEWS,
        quote:
          'Historically, Moscow had maintained close ties with the Awami League, and those ties persist, as illustrated by the decision of RT, a Russian state-controlled media outlet, to air an interview of ex-Minister of Education Mohibul Hasan Chowdhury.',
      },
    ],
  },
  {
    id: 'moscow-ties-with-bnp-and-jamaat',
    when: { precision: 'none', date: null, asPrinted: null },
    title: 'Moscow builds ties with the BNP and Jamaat-e-Islami',
    summary:
      'As the Awami League’s fortunes dwindled, Moscow engaged the interim government and the main parties, including the BNP, which had condemned Russian actions in Ukraine.',
    actors: ['Russia', 'BNP', 'Bangladesh Jamaat-e-Islami'],
    topic: 'politics',
    citations: [
      {
        sourceId: INTELLINEWS,
        quote:
          'Yet, as the political fortunes of the Awami League dwindled, Moscow built ties with the interim government, and appeared to forge links with the principal political parties of the country, including the BNP and the Bangladesh Jamaat-e-Islami.',
      },
    ],
  },
  {
    id: 'workers-dismissed-from-russia',
    when: { precision: 'none', date: null, asPrinted: null },
    title: 'Bangladeshi workers dismissed from Russia',
    summary:
      'A recent incident that, with fraud allegations against recruitment agencies, the article says calls for tighter regulation of labour migration.',
    claimIds: ['bangladeshi-workers-dismissed'],
    actors: ['Bangladeshi workers in Russia'],
    topic: 'labour-migration',
    citations: [
      {
        sourceId: INTELLINEWS,
        quote: 'such as the dismissal of 35 Bangladeshi workers from Russia',
      },
    ],
  },
  {
    id: 'recruitment-agency-fraud-allegations',
    when: { precision: 'none', date: null, asPrinted: null },
    title: 'Fraud alleged against agencies recruiting workers for Russia',
    summary: 'Recruitment agencies are alleged to have committed fraud.',
    actors: ['Recruitment agencies'],
    topic: 'labour-migration',
    citations: [
      {
        sourceId: INTELLINEWS,
        quote: 'allegations of fraud committed by recruitment agencies',
      },
    ],
  },
  {
    id: 'russian-military-recruits-bangladeshis',
    when: { precision: 'none', date: null, asPrinted: null },
    title: 'Russian armed forces recruit Bangladeshi citizens for the war in Ukraine',
    summary:
      'Recruitment began under the previous government and continued under the interim government, which has neither criticised Russia nor prosecuted returnees.',
    claimIds: ['bangladeshis-recruited-by-russian-military', 'bangladeshi-recruits-killed'],
    actors: ['Russian Armed Forces', 'Interim government of Bangladesh'],
    topic: 'defence',
    citations: [
      {
        sourceId: INTELLINEWS,
        quote:
          'Meanwhile, the recruitment of Bangladeshi citizens by the Russian Armed Forces for the Russo–Ukrainian War has generated controversies. The process started during the previous administration and has continued under the interim government.',
      },
    ],
  },
  {
    id: 'russia-urges-india-bangladesh-de-escalation',
    when: { precision: 'day', date: '2025-12-22', asPrinted: 'December 22, 2025' },
    title: 'Russian Ambassador urges Bangladesh and India to de-escalate tensions',
    summary:
      'A departure: Russia had generally not commented on Indo–Bangladeshi relations. The comments had no immediate effect.',
    actors: ['Russian Ambassador to Bangladesh'],
    topic: 'diplomacy',
    citations: [
      {
        sourceId: INTELLINEWS,
        quote:
          'the Russian Ambassador urged Bangladesh and India to de-escalate bilateral tensions on December 22, 2025.',
      },
    ],
  },
  {
    id: 'mi-171a2-procurement-stalled',
    when: { precision: 'none', date: null, asPrinted: null },
    title: 'Bangladesh unable to procure Mi-171A2 helicopters from Russia',
    summary: 'Fear of sanctions blocks the purchase, although partial payments have been made.',
    claimIds: ['mi-171a2-helicopters-not-delivered'],
    actors: ['Government of Bangladesh', 'Russia'],
    topic: 'defence',
    citations: [
      {
        sourceId: INTELLINEWS,
        quote:
          'In fact, due to fear of sanctions, Bangladesh is unable to procure two Mi-171A2 helicopters from Russia despite having already made partial payments.',
      },
    ],
  },
  {
    id: 'arms-imports-diversified',
    when: { precision: 'none', date: null, asPrinted: null },
    title: 'Bangladesh buys arms elsewhere and negotiates for JF-17 jets',
    summary:
      'Bangladesh imported military equipment from China, Turkey and Italy and is negotiating with Pakistan for JF-17 Thunder fighter jets.',
    actors: ['Government of Bangladesh', 'Pakistan'],
    topic: 'defence',
    citations: [
      {
        sourceId: INTELLINEWS,
        quote:
          'Meanwhile, Bangladesh has imported military equipment from a diverse range of countries, including China, Turkey, and Italy, and is negotiating with Pakistan for the import of Pakistani-manufactured JF-17 Thunder fighter jets.',
      },
    ],
  },
  {
    id: 'ambassador-presents-credentials',
    when: {
      precision: 'day',
      date: '2026-01-15',
      asPrinted: 'On January 15',
      fromContext: YEAR_FROM_PARAGRAPH,
    },
    title: 'Bangladesh’s ambassador presents credentials to Putin',
    summary:
      'Md. Nazrul Islam, Bangladesh’s Ambassador to Russia, presented his credentials at the Kremlin.',
    actors: ['Md. Nazrul Islam', 'Vladimir Putin'],
    topic: 'diplomacy',
    citations: [
      {
        sourceId: INTELLINEWS,
        quote:
          'On January 15, Bangladeshi Ambassador to Russia Md. Nazrul Islam presented his credentials to Russian President Vladimir Putin at the Kremlin in Moscow.',
      },
    ],
  },
  {
    id: 'rooppur-power-announced',
    when: {
      precision: 'day',
      date: '2026-01-16',
      asPrinted: 'On January 16',
      fromContext: YEAR_FROM_PARAGRAPH,
    },
    title: 'Power from Rooppur to join the national grid',
    summary:
      'Adviser Salehuddin Ahmed declared that electricity from the Russian-financed Rooppur nuclear plant would be added to the grid.',
    claimIds: ['rooppur-power-to-grid'],
    actors: ['Salehuddin Ahmed'],
    topic: 'energy',
    citations: [
      {
        sourceId: INTELLINEWS,
        quote:
          'On January 16, Bangladeshi Adviser for Finance and Science and Technology Salehuddin Ahmed declared that approximately 350 MW of electricity produced at the Russian-financed Rooppur Nuclear Power Plant (NPP) would be added to the national grid.',
      },
    ],
  },
  {
    id: 'potash-gift-via-wfp',
    when: {
      precision: 'day',
      date: '2026-01-19',
      asPrinted: 'On January 19',
      fromContext: YEAR_FROM_PARAGRAPH,
    },
    title: 'Uralchem gifts potash to Bangladesh',
    summary: 'The Russian fertiliser producer made the gift through the World Food Programme.',
    claimIds: ['uralchem-potash-gift'],
    actors: ['Uralchem Group', 'World Food Programme'],
    topic: 'agriculture',
    citations: [
      {
        sourceId: INTELLINEWS,
        quote:
          'On January 19, the Uralchem Group, one of the largest producers of fertiliser in Russia, gifted 30,000 tonnes of potash to Bangladesh under the framework of the World Food Programme (WFP).',
      },
    ],
  },
  {
    id: 'ambassador-meets-tarique-rahman',
    when: { precision: 'day', date: '2026-01-20', asPrinted: 'On January 20 2026' },
    title: 'Russian Ambassador Khozin meets BNP chairman Tarique Rahman',
    summary:
      'An embassy delegation discussed energy, agricultural trade and parliamentary contacts; Khozin said Russia wants stable ties under any future government and wished the BNP a successful campaign.',
    actors: ['Aleksandr Khozin', 'Tarique Rahman', 'Sattar Mia'],
    topic: 'politics',
    citations: [
      {
        sourceId: INTELLINEWS,
        quote:
          'On January 20 2026, Russian Ambassador to Bangladesh Aleksandr Khozin met the Chairperson of the Bangladesh Nationalist Party (BNP) Tarique Rahman to discuss the strengthening of bilateral ties and wished the BNP a successful electoral campaign.',
      },
      {
        sourceId: MONITOR,
        quote:
          "A delegation of the Russian Embassy, led by Ambassador Alexander Khozin, paid a courtesy call with BNP chairman Tarique Rahman on January 20 as part of its ongoing engagement with Bangladesh's political and social stakeholders.",
      },
    ],
  },
];
