import type { RenamedInput } from '@/lib/data/schema';

/**
 * Ids that changed, so that their old addresses keep working: an old claim
 * page redirects to the new one, an old event anchor still lands on its row.
 */
export const renamed: RenamedInput[] = [
  {
    kind: 'claim',
    from: 'mi-171a2-helicopters-not-delivered',
    to: 'mi-171a2-helicopters-unable-to-procure',
    why: 'The article says Bangladesh is “unable to procure” the helicopters, not that they were not delivered.',
  },
  {
    kind: 'event',
    from: 'rt-interviews-awami-league-minister',
    to: 'rt-decides-to-air-chowdhury-interview',
    why: 'The article reports RT’s decision to air an interview, not that RT interviewed him.',
  },
  {
    kind: 'event',
    from: 'moscow-ties-with-bnp-and-jamaat',
    to: 'moscow-appears-to-forge-links-with-parties',
    why: 'The article says Moscow “appeared to forge links” with the parties; the old id dropped the hedge.',
  },
];
