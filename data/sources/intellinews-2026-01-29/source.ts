import type { SourceInput } from '@/lib/data/schema';

/** IntelliNews's analysis. The article does not print its own URL, so none is recorded. */
export default {
  title:
    'A pragmatic partnership: documenting Russo–Bangladeshi relations after the ‘July Uprising’',
  publisher: 'IntelliNews',
  publisherEvidence: 'INTELLINEWS global Emerging Market business news',
  author: 'Md. Himel Rahman',
  authorKind: 'person',
  publishedOn: '2026-01-29',
  publishedAsPrinted: 'January 29, 2026',
  url: null,
  addedOn: '2026-11-24',
} satisfies SourceInput;
