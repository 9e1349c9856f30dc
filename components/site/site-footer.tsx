import { translator } from '@/lib/i18n/messages';
import { localePath } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/i18n/locales';
import { feedPath } from '@/lib/feed';

/**
 * What the site says of itself: each sentence must stay true of every figure
 * on it (docs/data.md, "Editorial rules"), in every language.
 */
export function SiteFooter({
  locale,
  sourceCount,
  hasFeed,
}: {
  locale: Locale;
  sourceCount: number;
  hasFeed: boolean;
}) {
  const t = translator(locale, 'Footer');
  const href = (path: string) => localePath(path, locale);
  return (
    <footer className="site-footer">
      <p>
        {t.rich('provenance', {
          count: sourceCount,
          claims: (chunks) => <a href={href('/claims')}>{chunks}</a>,
          sources: (chunks) => <a href={href('/sources')}>{chunks}</a>,
        })}
      </p>
      <p>{t('languageNote')}</p>
      <p>
        <a href={href('/corrections')}>{t('corrections')}</a>
        {hasFeed && (
          <>
            {' · '}
            <a href={feedPath(locale)}>{t('feed')}</a>
          </>
        )}{' '}
        · <a href="/data/datapackage.json">{t('allData')}</a>
      </p>
    </footer>
  );
}
