import type { Metadata } from 'next';
import { BakedPage } from '@/components/site/baked-page';
import { notFound, permanentRedirect } from 'next/navigation';
import { translator } from '@/lib/i18n/messages';
import { pageLocale, type LocaleParams } from '@/lib/i18n/page-locale';
import { localePath } from '@/lib/i18n/paths';
import { numberedPages, pageFromParam } from '@/lib/listings';
import { briefing } from '@/lib/model/current';
import { pageMetadata } from '@/lib/page-metadata';

/** /sources/page/2 and on: the list of sources a page at a time. */
export const dynamicParams = false;

export function generateStaticParams() {
  return numberedPages(briefing.sources.length);
}

type Props = { params: Promise<LocaleParams & { n: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const page = pageFromParam((await params).n, briefing.sources.length);
  if (page === null || page === 1) return {};
  const t = translator(locale, 'Sources');
  return pageMetadata({
    path: `/sources/page/${page}`,
    locale,
    title: t('pageTitle', { page }),
    description: t('pageDescription', { page }),
  });
}

export default async function SourcesLaterPage({ params }: Props) {
  const locale = await pageLocale(params);
  const page = pageFromParam((await params).n, briefing.sources.length);
  if (page === null) notFound();
  if (page === 1) permanentRedirect(localePath('/sources', locale));
  return <BakedPage locale={locale} address={`/sources/page/${page}`} />;
}
