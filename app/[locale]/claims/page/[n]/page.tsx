import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { ClaimsTable } from '@/components/claims-table/claims-table';
import { formatNumber } from '@/lib/format/number';
import { claimsListing, numberedPages, pageFromParam } from '@/lib/listings';
import { briefing } from '@/lib/model/current';
import { pageMetadata } from '@/lib/page-metadata';

/** /claims/page/2 and on: the claims table a page at a time, complete without JavaScript. */
export const dynamicParams = false;

export function generateStaticParams() {
  return numberedPages(briefing.claims.length);
}

type Props = { params: Promise<{ n: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = pageFromParam((await params).n, briefing.claims.length);
  if (page === null || page === 1) return {};
  return pageMetadata({
    path: `/claims/page/${page}`,
    title: `Claims, page ${formatNumber(page)}`,
    description: `Figures in the sources on Bangladesh–Russia relations, page ${formatNumber(page)}, with qualifiers, quotes and sources.`,
  });
}

export default async function ClaimsLaterPage({ params }: Props) {
  const page = pageFromParam((await params).n, briefing.claims.length);
  if (page === null) notFound();
  if (page === 1) permanentRedirect('/claims');
  return (
    <>
      <h1>Claims, page {formatNumber(page)}</h1>
      <ClaimsTable
        {...claimsListing(briefing, page)}
        caption={`Claims, page ${formatNumber(page)}`}
      />
    </>
  );
}
