import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { notFound } from 'next/navigation';
import { hasLocale } from 'use-intl/core';
import { translator } from '@/lib/i18n/messages';
import { DocumentShell } from '@/components/site/document-shell';
import { briefingTitle } from '@/lib/briefing-title';
import { localeInfo } from '@/lib/i18n/locales';
import { routing } from '@/lib/i18n/routing';
import { briefing } from '@/lib/model/current';
import { siteUrl } from '@/lib/site';
import { siteIcons } from '@/lib/site-icon';
import { themes } from '@/lib/theme';

// Every language is prerendered; any other first segment is an English address (or not found).
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Omit<Props, 'children'>): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = translator(locale, 'Site');
  const siteName = t('name');
  return {
    // Without SITE_URL no metadata names an absolute address (lib/site.ts), so none is needed.
    ...(siteUrl ? { metadataBase: new URL(siteUrl) } : {}),
    title: { default: siteName, template: `%s · ${siteName}` },
    description: translator(locale, 'Briefing')('siteDescription', {
      title: briefingTitle(briefing, locale),
    }),
    openGraph: { siteName, type: 'website', locale: localeInfo[locale].openGraph },
    icons: siteIcons,
  };
}

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: themes.light.background },
    { media: '(prefers-color-scheme: dark)', color: themes.dark.background },
  ],
};

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  return (
    <DocumentShell locale={locale} sourceCount={briefing.sources.length}>
      {children}
    </DocumentShell>
  );
}
