import type { NumberedPageProps } from './page-props';
import { SourceListing } from '@/components/sources/source-listing';
import { translator } from '@/lib/i18n/messages';
import { sourcesListing } from '@/lib/source-listing';

/** /sources (page 1, with its lede) and /sources/page/<n>: the articles, a page at a time. */
export function SourcesPage({ briefing, page, locale }: NumberedPageProps) {
  const t = translator(locale, 'Sources');
  const articles = briefing.sources.length;
  return (
    <>
      <h1>{page === 1 ? t('title') : t('pageTitle', { page })}</h1>
      {page === 1 && <p className="lede">{t('lede', { articles })}</p>}
      <SourceListing
        {...sourcesListing(briefing, page, locale)}
        locale={locale}
        words={briefing.words(locale)}
      />
    </>
  );
}
