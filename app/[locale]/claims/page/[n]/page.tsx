import type { Metadata } from 'next';
import { BakedPage } from '@/components/site/baked-page';
import { notFound, permanentRedirect } from 'next/navigation';
import { translator } from '@/lib/i18n/messages';
import { pageLocale, type LocaleParams } from '@/lib/i18n/page-locale';
import { localePath } from '@/lib/i18n/paths';
import { numberedPages, pageFromParam } from '@/lib/listings';
import { briefing } from '@/lib/model/current';
import { pageMetadata } from '@/lib/page-metadata';

/** /claims/page/2 and on: the claims table a page at a time, complete without JavaScript. */
export const dynamicParams = false;

export function generateStaticParams() {
  return numberedPages(briefing.claims.length);
}

type Props = { params: Promise<LocaleParams & { n: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const page = pageFromParam((await params).n, briefing.claims.length);
  if (page === null || page === 1) return {};
  const t = translator(locale, 'Claims');
  return pageMetadata({
    path: `/claims/page/${page}`,
    locale,
    title: t('pageTitle', { page }),
    description: t('pageDescription', { page }),
  });
}

export default async function ClaimsLaterPage({ params }: Props) {
  const locale = await pageLocale(params);
  const page = pageFromParam((await params).n, briefing.claims.length);
  if (page === null) notFound();
  if (page === 1) permanentRedirect(localePath('/claims', locale));
  return <BakedPage locale={locale} address={`/claims/page/${page}`} />;
}
