import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/site/site-footer';
import { SiteHeader } from '@/components/site/site-header';
import { dataset } from '@/data';
import { briefingTitle } from '@/lib/briefing';
import { siteName, siteUrl } from '@/lib/site';
import { themeCss, themes } from '@/lib/theme';
import './globals.css';
// The chart frame's styles; imported here, not by the component, because the bake also renders
// ChartFigure outside Next (into embeds) and inlines this file there.
import '@/components/charts/chart-figure.css';

export const metadata: Metadata = {
  // Without SITE_URL no metadata names an absolute address (lib/site.ts), so none is needed.
  ...(siteUrl ? { metadataBase: new URL(siteUrl) } : {}),
  title: { default: siteName, template: `%s · ${siteName}` },
  description: `${briefingTitle(dataset)}: printed figures with their verbatim quotes, calculated figures with their formulas, events, charts and downloads.`,
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
      </head>
      <body>
        <SiteHeader />
        <main id="main">{children}</main>
        <SiteFooter sourceCount={dataset.sources.length} />
      </body>
    </html>
  );
}
