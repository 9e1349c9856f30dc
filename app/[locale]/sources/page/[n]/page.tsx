import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { SourceListing } from '@/components/sources/source-listing';
import { formatNumber } from '@/lib/format/number';
import { numberedPages, pageFromParam } from '@/lib/listings';
import { briefing } from '@/lib/model/current';
import { pageMetadata } from '@/lib/page-metadata';
import { sourcesListing } from '@/lib/source-listing';

/** /sources/page/2 and on: the list of sources a page at a time. */
export const dynamicParams = false;

export function generateStaticParams() {
  return numberedPages(briefing.sources.length);
}

type Props = { params: Promise<{ n: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = pageFromParam((await params).n, briefing.sources.length);
  if (page === null || page === 1) return {};
  return pageMetadata({
    path: `/sources/page/${page}`,
    title: `Sources, page ${formatNumber(page)}`,
    description: `The articles this briefing is built from, page ${formatNumber(page)}, newest first.`,
  });
}

export default async function SourcesLaterPage({ params }: Props) {
  const page = pageFromParam((await params).n, briefing.sources.length);
  if (page === null) notFound();
  if (page === 1) permanentRedirect('/sources');
  return (
    <>
      <h1>Sources, page {formatNumber(page)}</h1>
      <SourceListing {...sourcesListing(briefing, page)} />
    </>
  );
}
