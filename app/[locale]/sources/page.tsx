import type { Metadata } from 'next';
import { SourceListing } from '@/components/sources/source-listing';
import { translator } from '@/lib/i18n/messages';
import { pageLocale, type LocaleParams } from '@/lib/i18n/page-locale';
import { briefing } from '@/lib/model/current';
import { pageMetadata } from '@/lib/page-metadata';
import { sourcesListing } from '@/lib/source-listing';

type Props = { params: Promise<LocaleParams> };

const articles = briefing.sources.length;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = translator(locale, 'Sources');
  return pageMetadata({
    path: '/sources',
    locale,
    title: t('title'),
    description: t('description', { articles }),
  });
}

export default async function SourcesPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = translator(locale, 'Sources');
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lede">{t('lede', { articles })}</p>
      <SourceListing
        {...sourcesListing(briefing, 1, locale)}
        locale={locale}
        words={briefing.words(locale)}
      />
    </>
  );
}
