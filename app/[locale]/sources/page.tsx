import type { Metadata } from 'next';
import { SourceListing } from '@/components/sources/source-listing';
import { formatCount, nouns } from '@/lib/format/count';
import { briefing } from '@/lib/model/current';
import { pageMetadata } from '@/lib/page-metadata';
import { sourcesListing } from '@/lib/source-listing';

const articles = formatCount(briefing.sources.length, nouns.article);

export const metadata: Metadata = pageMetadata({
  path: '/sources',
  title: 'Sources',
  description: `The ${articles} every figure and event on this site comes from, what each contributes, and what else each says.`,
});

export default function SourcesPage() {
  return (
    <>
      <h1>Sources</h1>
      <p className="lede">
        Everything on this site comes from these {articles}, read in full, newest first. Where an
        article does not give a publisher, an author or its own address, this page says “not given”
        rather than look one up. Every passage of each article is accounted for: as a figure, as an
        event, or as background, argument or the page around the article, with the reason.
      </p>
      <SourceListing {...sourcesListing(briefing, 1)} />
    </>
  );
}
