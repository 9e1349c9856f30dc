import type { EventEntryInput } from '@/lib/data/schema';

/**
 * The Monitor Desk Report reports one event, the meeting the analysis also
 * reports: it cites that event, naming its actors as this report does.
 */
export default [
  {
    cites: 'ambassador-meets-tarique-rahman',
    actors: [
      { name: 'Alexander Khozin', sameAs: 'Aleksandr Khozin' },
      'Tarique Rahman',
      'Sattar Mia',
    ],
    adds: 'According to a Facebook post of the embassy, as the report relays it, Khozin hoped ties would keep strengthening whatever the outcome of Bangladesh’s upcoming elections, and the talks covered energy, trade in agricultural products and inter-parliamentary contacts; Sattar Mia, president of the Russian Friendship Society with Bangladesh, was present and spoke for business ties, cultural exchange and people-to-people links.',
    quotes: [
      'The Russian Embassy in Dhaka has reaffirmed the importance of strengthening cultural exchange and people-to-people connections between Bangladesh and Russia as part of broader efforts to deepen bilateral relations.',
      "A delegation of the Russian Embassy, led by Ambassador Alexander Khozin, paid a courtesy call with BNP chairman Tarique Rahman on January 20 as part of its ongoing engagement with Bangladesh's political and social stakeholders. During the meeting, Ambassador Khozin expressed Russia's hope for the continued and progressive strengthening of mutually beneficial ties between the two countries, regardless of the political outcome of Bangladesh's upcoming elections, read a Facebook Post of the embassy.",
      "The Russian envoy underscored Moscow's interest in maintaining constructive and stable relations with Bangladesh under any future government, emphasizing long-term cooperation based on mutual respect and shared interests.",
      'Discussions focused on several promising areas of bilateral cooperation, including energy collaboration and trade in agricultural products. Ambassador Khozin also highlighted the importance of promoting inter-parliamentary contacts to further enhance institutional engagement between the two countries.',
      'Sattar Mia, president of the Russian Friendship Society with Bangladesh, who was present at the meeting, stressed the value of expanding cooperation beyond official channels. He expressed his intention to further develop business ties, cultural exchange programs, and people-to-people links, describing them as essential for fostering mutual understanding and friendship for the benefit of both nations.',
    ],
  },
] satisfies EventEntryInput[];
