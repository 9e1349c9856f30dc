import type { SourceInput } from '@/lib/data/schema';

/**
 * The two articles this dashboard is built from. Their full texts are kept
 * byte for byte in data/source-texts/ so every quote can be checked against
 * them. Neither article prints its own URL, so none is recorded.
 */
export const sources: SourceInput[] = [
  {
    id: 'monitor-2026-01-21',
    title: 'Bangladesh-Russia keen to intensify people-to-people links, trade partnership',
    // The byline names a desk, "A Monitor Desk Report"; the publication itself is not named.
    publisher: null,
    publisherEvidence: null,
    author: 'Monitor Desk',
    authorKind: 'desk',
    publishedOn: '2026-01-21',
    publishedAsPrinted: '21 January, 2026',
    url: null,
    textFile: 'monitor-2026-01-21.txt',
  },
  {
    id: 'intellinews-2026-01-29',
    title:
      'A pragmatic partnership: documenting Russo–Bangladeshi relations after the ‘July Uprising’',
    publisher: 'IntelliNews',
    publisherEvidence: 'INTELLINEWS global Emerging Market business news',
    author: 'Md. Himel Rahman',
    authorKind: 'person',
    publishedOn: '2026-01-29',
    publishedAsPrinted: 'January 29, 2026',
    url: null,
    textFile: 'intellinews-2026-01-29.txt',
  },
];
