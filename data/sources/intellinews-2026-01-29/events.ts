import type { EventEntryInput } from '@/lib/data/schema';

/**
 * Every event the analysis reports, dated or not (docs/data.md, "Events and
 * background", says what counts as an event). A date is recorded only as far
 * as the article gives it (`precision: 'none'` when it gives none). Titles
 * and summaries keep its hedges and attribute its arguments; actors are
 * named as the quoted passages name them.
 */

const YEAR_FROM_PARAGRAPH =
  'The year is not printed beside this date: it comes from the same paragraph, which opens "On January 20 2026" and lists these January events.';

// Passages several events cite: each illustrates more than one event.
const ALLIANCE_SENTENCE =
  'However, it should be noted that the partnership between Dhaka and Moscow, while being extensive, did not amount to an alliance, as illustrated by the Russian refusal to condemn the ethnic cleansing of Rohingyas by Myanmar, repeated expressions of Bangladesh’s support for Ukraine’s territorial integrity, and Dhaka’s tacit compliance with Western sanctions on Russia.';
const PERCEPTION_SENTENCE =
  'US support for the new government, along with the government’s actions such as the cancellation of a natural gas agreement with Russia’s Gazprom, initially created a perception that Moscow had ‘lost’ its partnership with Dhaka, but this did not occur.';
const CONTINUITY_SENTENCE =
  'In fact, the interim government continued many of the policies of the previous government vis-à-vis Russia, demonstrated by its abstention on an anti-Russian resolution at the UNGA, continuation of trade and economic ties, participation in Russian-led military exercises, and continued visits by Russian Navy vessels to Chattogram.';
const PARTIES_SENTENCE =
  'Yet, as the political fortunes of the Awami League dwindled, Moscow built ties with the interim government, and appeared to forge links with the principal political parties of the country, including the BNP and the Bangladesh Jamaat-e-Islami.';
const ARMS_SENTENCE =
  'Meanwhile, Bangladesh has imported military equipment from a diverse range of countries, including China, Turkey, and Italy, and is negotiating with Pakistan for the import of Pakistani-manufactured JF-17 Thunder fighter jets.';

export default [
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
      'The analysis lists the acquisition of Russian military equipment, the construction of the Russian-financed Rooppur plant, growing bilateral trade, Russian Navy vessels arriving at Chattogram, occasional abstentions on anti-Russian UN General Assembly resolutions and the refusal to condemn Russian actions in Ukraine.',
    actors: ['Awami League', 'Government of Bangladesh', 'Russia'],
    topic: 'diplomacy',
    quotes: [
      'Between January 2009 and August 2024, the government of Bangladesh, led by the Awami League, pursued close relations with Russia, demonstrated through the acquisition of Russian military equipment, the construction of the Russian-financed Rooppur NPP, the steady increase in bilateral trade, arrival of Russian Navy vessels at Chattogram, occasional Bangladeshi abstention from voting on anti-Russian resolutions at the United Nations General Assembly (UNGA), and the refusal to condemn Russian actions in Ukraine.',
    ],
  },
  {
    id: 'russia-refuses-to-condemn-rohingya-cleansing',
    when: { precision: 'none', date: null, asPrinted: null },
    title: 'Russia refuses to condemn the ethnic cleansing of Rohingyas by Myanmar',
    summary:
      'The analysis gives this as an illustration that the partnership between Dhaka and Moscow, while extensive, did not amount to an alliance.',
    actors: ['Russia', 'Myanmar'],
    topic: 'diplomacy',
    quotes: [ALLIANCE_SENTENCE],
  },
  {
    id: 'bangladesh-supports-ukraine-territorial-integrity',
    when: { precision: 'none', date: null, asPrinted: null },
    title: 'Bangladesh repeatedly expresses support for Ukraine’s territorial integrity',
    summary:
      'The analysis gives this as an illustration that the partnership between Dhaka and Moscow did not amount to an alliance.',
    actors: ['Bangladesh'],
    topic: 'diplomacy',
    quotes: [ALLIANCE_SENTENCE],
  },
  {
    id: 'dhaka-complies-with-western-sanctions',
    when: { precision: 'none', date: null, asPrinted: null },
    title: 'Dhaka tacitly complies with Western sanctions on Russia',
    summary:
      'The analysis gives this as an illustration that the partnership between Dhaka and Moscow did not amount to an alliance.',
    actors: ['Dhaka'],
    topic: 'economy',
    quotes: [ALLIANCE_SENTENCE],
  },
  {
    id: 'crocus-city-hall-attack',
    when: { precision: 'month', date: '2024-03', asPrinted: 'March 2024' },
    title: 'Crocus City Hall attack by suspected Tajik militants',
    summary:
      'After the attack, and in response to public pressure, the Russian government started to impose restrictions on Central Asian immigrants.',
    claimIds: ['crocus-city-hall-deaths'],
    actors: ['Suspected Tajik militants', 'Russian government'],
    topic: 'security',
    quotes: [
      'after the March 2024 Crocus City Hall attack by suspected Tajik militants which killed 150 people, the Russian government has started to impose restrictions on Central Asian immigrants in response to public pressure.',
    ],
  },
  {
    id: 'russia-restricts-central-asian-migrants',
    when: { precision: 'none', date: null, asPrinted: null },
    title: 'Russia restricts Central Asian immigrants',
    summary:
      'After the Crocus City Hall attack, and in response to public pressure, the Russian government started to impose restrictions on immigrants from Central Asia.',
    actors: ['Russian government'],
    topic: 'labour-migration',
    quotes: [
      'the Russian government has started to impose restrictions on Central Asian immigrants in response to public pressure.',
    ],
  },
  {
    id: 'russia-recruits-workers-beyond-central-asia',
    when: { precision: 'none', date: null, asPrinted: null },
    title: 'Russia recruits migrant workers from India, Myanmar, Nepal and Vietnam',
    summary:
      'Facing a shortage of workers, Russia started recruiting migrant workers from states outside Central Asia.',
    actors: ['Russia'],
    topic: 'labour-migration',
    quotes: [
      'However, Russia is facing a shortage of workers, and so has started recruiting migrant workers from other states, such as India, Myanmar, Nepal, and Vietnam.',
    ],
  },
  {
    id: 'work-permits-expanded-2024',
    when: { precision: 'year', date: '2024', asPrinted: 'in 2024' },
    title: 'Russia expands work permits for Bangladeshi citizens',
    summary:
      'Part of Russia’s recruitment of migrant workers from outside Central Asia; the analysis argues that the process needs proper regulation.',
    claimIds: ['work-permits-2024', 'work-permits-growth-2024'],
    actors: ['Russia'],
    topic: 'labour-migration',
    quotes: [
      'As part of this process, Russia has expanded the issuance of work permits to Bangladeshi citizens, reaching 2,777 permits in 2024, which constitutes a 95.8% year-on-year increase.',
    ],
  },
  {
    id: 'change-of-government',
    when: { precision: 'day', date: '2024-08-05', asPrinted: 'August 5, 2024' },
    title: 'Change of government in Bangladesh',
    summary:
      'The previous government in Dhaka fell as a result of the July Uprising; the analysis dates the change of government to the day.',
    actors: [],
    topic: 'politics',
    quotes: [
      'the fall of the previous government in Dhaka in August 2024 as a result of the July Uprising',
      'the partnership between Bangladesh and Russia has largely continued after the change of government in Bangladesh on August 5, 2024.',
    ],
  },
  {
    id: 'russia-recognises-interim-government',
    when: { precision: 'none', date: null, asPrinted: null },
    title: 'Russia recognises the interim government',
    summary:
      'Russia officially refrained from commenting on the fall of the previous government and was quick to recognise the interim government. The analysis gives no date for the recognition.',
    actors: ['Russia', 'Interim government'],
    topic: 'diplomacy',
    quotes: [
      'While Russia officially refrained from commenting on the fall of the previous government in Dhaka in August 2024 as a result of the July Uprising, and was quick to recognise the interim government',
    ],
  },
  {
    id: 'russian-state-media-colour-revolution',
    when: { precision: 'none', date: null, asPrinted: null },
    title: 'Russian state media present the change of government as a ‘colour revolution’',
    summary:
      'Russian state-controlled outlets, including TASS and Sputnik, viewed the event through the lens of geopolitical conflict and presented it as Western-backed.',
    actors: ['TASS', 'Sputnik'],
    topic: 'media',
    quotes: [
      'Russian state-controlled media outlets, including TASS and Sputnik, viewed the event through the lens of geopolitical conflict and presented it as a Western-backed ‘colour revolution.’',
    ],
  },
  {
    id: 'us-supports-new-government',
    when: { precision: 'none', date: null, asPrinted: null },
    title: 'The US supports Bangladesh’s new government',
    summary:
      'With the new government’s own actions, US support initially created a perception that Moscow had ‘lost’ its partnership with Dhaka; the analysis says this did not occur.',
    actors: ['US', 'New government'],
    topic: 'diplomacy',
    quotes: [PERCEPTION_SENTENCE],
  },
  {
    id: 'gazprom-agreement-cancelled',
    when: { precision: 'none', date: null, asPrinted: null },
    title: 'The new government cancels a natural gas agreement with Gazprom',
    summary:
      'With US support for the new government, the cancellation initially created a perception that Moscow had ‘lost’ its partnership with Dhaka; the analysis says this did not occur.',
    actors: ['New government', 'Gazprom'],
    topic: 'energy',
    quotes: [PERCEPTION_SENTENCE],
  },
  {
    id: 'unga-abstention',
    when: { precision: 'none', date: null, asPrinted: null },
    title: 'Bangladesh abstains on an anti-Russian UN General Assembly resolution',
    summary:
      'The analysis cites the abstention as a sign that the interim government continued many of its predecessor’s policies towards Russia.',
    actors: ['Interim government'],
    topic: 'diplomacy',
    quotes: [CONTINUITY_SENTENCE],
  },
  {
    id: 'russian-led-military-exercises',
    when: { precision: 'none', date: null, asPrinted: null },
    title: 'Bangladesh takes part in Russian-led military exercises',
    summary:
      'The analysis cites the participation as a sign that the interim government continued many of its predecessor’s policies towards Russia.',
    actors: ['Interim government'],
    topic: 'defence',
    quotes: [CONTINUITY_SENTENCE],
  },
  {
    id: 'russian-navy-visits-chattogram',
    when: { precision: 'none', date: null, asPrinted: null },
    title: 'Russian Navy vessels keep visiting Chattogram',
    summary:
      'The analysis cites the continued visits as a sign that the interim government continued many of its predecessor’s policies towards Russia.',
    actors: ['Russian Navy'],
    topic: 'defence',
    quotes: [CONTINUITY_SENTENCE],
  },
  {
    id: 'rt-decides-to-air-chowdhury-interview',
    when: { precision: 'none', date: null, asPrinted: null },
    title: 'RT decides to air an interview of ex-Minister of Education Mohibul Hasan Chowdhury',
    summary:
      'The analysis cites the decision as an illustration that Moscow’s close ties with the Awami League persist.',
    actors: ['RT', 'Mohibul Hasan Chowdhury'],
    topic: 'media',
    quotes: [
      'Historically, Moscow had maintained close ties with the Awami League, and those ties persist, as illustrated by the decision of RT, a Russian state-controlled media outlet, to air an interview of ex-Minister of Education Mohibul Hasan Chowdhury.',
    ],
  },
  {
    id: 'moscow-builds-ties-with-interim-government',
    when: { precision: 'none', date: null, asPrinted: null },
    title: 'Moscow builds ties with the interim government',
    summary:
      'The analysis says Moscow built these ties as the political fortunes of the Awami League dwindled.',
    actors: ['Moscow', 'Interim government'],
    topic: 'diplomacy',
    quotes: [
      'Yet, as the political fortunes of the Awami League dwindled, Moscow built ties with the interim government',
    ],
  },
  {
    id: 'moscow-appears-to-forge-links-with-parties',
    when: { precision: 'none', date: null, asPrinted: null },
    title:
      'Moscow appeared to forge links with the principal parties, including the BNP and Jamaat-e-Islami',
    summary:
      'So the analysis says: it does not state that links were forged. It calls Moscow’s decision to mend fences with the BNP significant and indicative of a pragmatic approach.',
    actors: ['Moscow', 'BNP', 'Bangladesh Jamaat-e-Islami'],
    topic: 'politics',
    quotes: [PARTIES_SENTENCE],
  },
  {
    id: 'bnp-condemned-russian-actions',
    when: { precision: 'none', date: null, asPrinted: 'previously' },
    title:
      'The BNP condemns Russian actions in Ukraine and criticises what it perceives as Russian interference',
    summary:
      'Before Moscow mended fences with it, the BNP had condemned Russian actions in Ukraine and repeatedly criticised what it perceived to be Russian interference in Bangladeshi domestic politics.',
    actors: ['BNP'],
    topic: 'politics',
    quotes: [
      'Moscow’s decision to mend fences with the BNP is significant and indicative of its pragmatic approach, as the latter had previously condemned Russian actions in Ukraine and repeatedly criticised what it perceived to be Russian interference in Bangladeshi domestic politics.',
    ],
  },
  {
    id: 'workers-dismissed-from-russia',
    when: { precision: 'none', date: null, asPrinted: 'recent' },
    title: 'Bangladeshi workers dismissed from Russia',
    summary:
      'With fraud allegations against recruitment agencies, among the recent incidents that the analysis says show the need to regulate labour migration properly.',
    claimIds: ['bangladeshi-workers-dismissed'],
    actors: ['Bangladeshi workers'],
    topic: 'labour-migration',
    quotes: ['recent incidents, such as the dismissal of 35 Bangladeshi workers from Russia'],
  },
  {
    id: 'recruitment-agency-fraud-allegations',
    when: { precision: 'none', date: null, asPrinted: null },
    title: 'Fraud alleged against recruitment agencies',
    summary:
      'Allegations of fraud committed by recruitment agencies: among the recent incidents that the analysis says show the need to regulate labour migration from Bangladesh to Russia.',
    actors: ['Recruitment agencies'],
    topic: 'labour-migration',
    quotes: ['allegations of fraud committed by recruitment agencies'],
  },
  {
    id: 'russian-military-recruits-bangladeshis',
    when: { precision: 'none', date: null, asPrinted: null },
    title: 'Russian Armed Forces recruit Bangladeshi citizens for the Russo–Ukrainian War',
    summary:
      'The recruitment started under the previous administration and has continued under the interim government, which has neither criticised Russia nor prosecuted those who returned after fighting against Ukraine.',
    claimIds: ['bangladeshis-recruited-by-russian-military', 'bangladeshi-recruits-killed'],
    actors: ['Russian Armed Forces', 'Interim government'],
    topic: 'defence',
    quotes: [
      'Meanwhile, the recruitment of Bangladeshi citizens by the Russian Armed Forces for the Russo–Ukrainian War has generated controversies. The process started during the previous administration and has continued under the interim government.',
      'Dhaka has neither criticised Russia for the recruitment of its citizens into its military nor prosecuted those who have returned to Bangladesh after fighting against Ukraine.',
    ],
  },
  {
    id: 'recruits-allege-coercion',
    when: { precision: 'none', date: null, asPrinted: null },
    title: 'Some Bangladeshi recruits allege coercion and deception',
    summary:
      'Some recruits joined voluntarily, while some others have alleged coercion and deception. The analysis names none of them.',
    actors: [],
    topic: 'defence',
    quotes: [
      'Some have joined voluntarily, while some others have alleged coercion and deception.',
    ],
  },
  {
    id: 'kazakhstan-kyrgyzstan-prosecute-fighters',
    when: { precision: 'none', date: null, asPrinted: null },
    title:
      'Kazakhstan and Kyrgyzstan prosecute their citizens for fighting for the Russian military',
    summary:
      'The analysis contrasts these CSTO allies of Russia with Dhaka, which has not prosecuted those who returned.',
    actors: ['Kazakhstan', 'Kyrgyzstan'],
    topic: 'defence',
    quotes: [
      'This is in sharp contrast with the policies of some post-Soviet states, including Russia’s Collective Security Treaty Organization (CSTO) allies Kazakhstan and Kyrgyzstan, who have prosecuted their citizens for fighting for the Russian military against Ukraine.',
    ],
  },
  {
    id: 'russia-urges-india-bangladesh-de-escalation',
    when: { precision: 'day', date: '2025-12-22', asPrinted: 'December 22, 2025' },
    title: 'The Russian Ambassador urges Bangladesh and India to de-escalate tensions',
    summary:
      'The analysis calls it an unexpected turn of events, since Russia had generally refrained from commenting on Indo–Bangladeshi relations, and says the comments had no immediate effect.',
    actors: ['Russian Ambassador'],
    topic: 'diplomacy',
    quotes: [
      'Last but not least, in an unexpected turn of events, the Russian Ambassador urged Bangladesh and India to de-escalate bilateral tensions on December 22, 2025.',
    ],
  },
  {
    id: 'mi-171a2-procurement-stalled',
    when: { precision: 'none', date: null, asPrinted: null },
    title: 'Bangladesh unable to procure Mi-171A2 helicopters from Russia',
    summary:
      'The analysis attributes this to fear of sanctions; Bangladesh has already made partial payments.',
    claimIds: ['mi-171a2-helicopters-unable-to-procure'],
    actors: ['Bangladesh', 'Russia'],
    topic: 'defence',
    quotes: [
      'In fact, due to fear of sanctions, Bangladesh is unable to procure two Mi-171A2 helicopters from Russia despite having already made partial payments.',
    ],
  },
  {
    id: 'arms-imports-diversified',
    when: { precision: 'none', date: null, asPrinted: null },
    title: 'Bangladesh imports military equipment from China, Turkey and Italy',
    summary:
      'The analysis names these among a diverse range of countries Bangladesh has imported military equipment from.',
    actors: ['Bangladesh'],
    topic: 'defence',
    quotes: [ARMS_SENTENCE],
  },
  {
    id: 'jf-17-negotiations-with-pakistan',
    when: { precision: 'none', date: null, asPrinted: null },
    title: 'Bangladesh negotiates with Pakistan for JF-17 Thunder fighter jets',
    summary: 'The analysis describes the jets as Pakistani-manufactured.',
    actors: ['Bangladesh', 'Pakistan'],
    topic: 'defence',
    quotes: [ARMS_SENTENCE],
  },
  {
    id: 'ambassador-presents-credentials',
    when: {
      precision: 'day',
      date: '2026-01-15',
      asPrinted: 'On January 15',
      yearFromContext: YEAR_FROM_PARAGRAPH,
    },
    title: 'Bangladesh’s ambassador presents credentials to Putin',
    summary:
      'Md. Nazrul Islam, Bangladeshi Ambassador to Russia, presented his credentials to Russian President Vladimir Putin at the Kremlin in Moscow.',
    actors: ['Md. Nazrul Islam', 'Vladimir Putin'],
    topic: 'diplomacy',
    quotes: [
      'On January 15, Bangladeshi Ambassador to Russia Md. Nazrul Islam presented his credentials to Russian President Vladimir Putin at the Kremlin in Moscow.',
    ],
  },
  {
    id: 'rooppur-power-announced',
    when: {
      precision: 'day',
      date: '2026-01-16',
      asPrinted: 'On January 16',
      yearFromContext: YEAR_FROM_PARAGRAPH,
    },
    title: 'Adviser Salehuddin Ahmed declares that Rooppur power would be added to the grid',
    summary:
      'The date is the declaration’s: the analysis gives none for when the electricity, produced at the Russian-financed Rooppur Nuclear Power Plant, would be added to the national grid.',
    claimIds: ['rooppur-power-to-grid'],
    actors: ['Salehuddin Ahmed'],
    topic: 'energy',
    quotes: [
      'On January 16, Bangladeshi Adviser for Finance and Science and Technology Salehuddin Ahmed declared that approximately 350 MW of electricity produced at the Russian-financed Rooppur Nuclear Power Plant (NPP) would be added to the national grid.',
    ],
  },
  {
    id: 'potash-gift-via-wfp',
    when: {
      precision: 'day',
      date: '2026-01-19',
      asPrinted: 'On January 19',
      yearFromContext: YEAR_FROM_PARAGRAPH,
    },
    title: 'The Uralchem Group gifts potash to Bangladesh',
    summary:
      'The analysis describes the Uralchem Group as among the largest producers of fertiliser in Russia; the gift was made under the framework of the World Food Programme.',
    claimIds: ['uralchem-potash-gift'],
    actors: ['Uralchem Group', 'World Food Programme'],
    topic: 'agriculture',
    quotes: [
      'On January 19, the Uralchem Group, one of the largest producers of fertiliser in Russia, gifted 30,000 tonnes of potash to Bangladesh under the framework of the World Food Programme (WFP).',
    ],
  },
  {
    id: 'ambassador-meets-tarique-rahman',
    when: { precision: 'day', date: '2026-01-20', asPrinted: 'On January 20 2026' },
    title: 'Russian Ambassador Khozin meets BNP chairman Tarique Rahman',
    summary:
      'The analysis says they met to discuss the strengthening of bilateral ties and that Khozin wished the BNP a successful electoral campaign.',
    actors: ['Aleksandr Khozin', 'Tarique Rahman'],
    topic: 'politics',
    quotes: [
      'Russian Ambassador to Bangladesh Aleksandr Khozin, meeting the Chairperson of the Bangladesh Nationalist Party (BNP) Tarique Rahman.',
      'On January 20 2026, Russian Ambassador to Bangladesh Aleksandr Khozin met the Chairperson of the Bangladesh Nationalist Party (BNP) Tarique Rahman to discuss the strengthening of bilateral ties and wished the BNP a successful electoral campaign.',
    ],
  },
] satisfies EventEntryInput[];
