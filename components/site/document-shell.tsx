import type { ReactNode } from 'react';
import { translator } from '@/lib/i18n/messages';
import { SiteFooter } from '@/components/site/site-footer';
import { SiteHeader } from '@/components/site/site-header';
import { PageIslands } from '@/components/islands/page-islands';
import { feedPath } from '@/lib/feed';
import { builtLocales, localeInfo, type Locale } from '@/lib/i18n/locales';
import { siteUrl } from '@/lib/site';
import { SiteStyles } from './site-styles';

/**
 * The document around every page, in its language: the pages' layout and
 * the not-found page (which no layout wraps) both render it.
 */
export function DocumentShell({
  locale,
  sourceCount,
  children,
}: {
  locale: Locale;
  sourceCount: number;
  children: ReactNode;
}) {
  const { tag, dir } = localeInfo[locale];
  const t = translator(locale, 'Site');
  return (
    <html lang={tag} dir={dir}>
      {/* The App Router's document head (the rule is about the Pages Router's next/head). */}
      {/* eslint-disable-next-line @next/next/no-head-element */}
      <head>
        {/* Colours (lib/theme.ts), the Bengali face and every style sheet, inline (lib/site-css.ts). */}
        <SiteStyles />
        {/* New events and corrections, for feed readers; the feed needs SITE_URL (lib/site.ts). */}
        {siteUrl && (
          <link
            rel="alternate"
            type="application/atom+xml"
            href={feedPath(locale)}
            title={`${t('name')}: ${t('feedTitle')}`}
          />
        )}
        {builtLocales.length > 1 && <script src="/language-links.js" defer />}
      </head>
      <body>
        <SiteHeader locale={locale} />
        <main id="main">{children}</main>
        <PageIslands />
        <SiteFooter locale={locale} sourceCount={sourceCount} hasFeed={siteUrl !== null} />
      </body>
    </html>
  );
}
