import type { SourceInput } from '@/lib/data/schema';

/**
 * The Monitor Desk Report. Its byline names a desk, "A Monitor Desk Report";
 * the publication itself is not named, and no URL is printed.
 */
export default {
  title: 'Bangladesh-Russia keen to intensify people-to-people links, trade partnership',
  publisher: null,
  publisherEvidence: null,
  author: 'Monitor Desk',
  authorKind: 'desk',
  publishedOn: '2026-01-21',
  publishedAsPrinted: '21 January, 2026',
  url: null,
  addedOn: '2026-11-24',
} satisfies SourceInput;
