import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/site/site-footer';
import { SiteHeader } from '@/components/site/site-header';
import { briefingTitle } from '@/lib/briefing-title';
import { briefing } from '@/lib/model/current';
import { siteName, siteUrl } from '@/lib/site';
import { themeCss, themes } from '@/lib/theme';
import './globals.css';
// The chart frame's styles; imported here, not by the component, because the build also renders
// ChartFigure outside Next (into embeds) and inlines this file there.
import '@/components/charts/chart-figure.css';

export const metadata: Metadata = {
  // Without SITE_URL no metadata names an absolute address (lib/site.ts), so none is needed.
  ...(siteUrl ? { metadataBase: new URL(siteUrl) } : {}),
  title: { default: siteName, template: `%s · ${siteName}` },
  description: `${briefingTitle(briefing)}: printed figures with their verbatim quotes, calculated figures with their formulas, events, charts and downloads.`,
  openGraph: { siteName, type: 'website', locale: 'en_GB' },
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: themes.light.background },
    { media: '(prefers-color-scheme: dark)', color: themes.dark.background },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en-GB">
      <head>
        {/* Colours come from lib/theme.ts, the one place they are defined. */}
        <style dangerouslySetInnerHTML={{ __html: themeCss() }} />
        {/* New events and corrections, for feed readers; the feed needs SITE_URL (lib/site.ts). */}
        {siteUrl && (
          <link
            rel="alternate"
            type="application/atom+xml"
            href="/feed.xml"
            title={`${siteName}: new events and corrections`}
          />
        )}
      </head>
      <body>
        <SiteHeader />
        <main id="main">{children}</main>
        <SiteFooter sourceCount={briefing.sources.length} hasFeed={siteUrl !== null} />
      </body>
    </html>
  );
}
