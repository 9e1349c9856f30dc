import { atomFeed } from '@/lib/feed';
import { prefixedLocales } from '@/lib/http/chart-files';
import type { Locale } from '@/lib/i18n/locales';
import { briefing } from '@/lib/model/current';
import { siteUrl } from '@/lib/site';

/** /bn/feed.xml, /ru/feed.xml: the feed (app/feed.xml) in another language. */
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return prefixedLocales.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  if (siteUrl === null) return new Response('Not found', { status: 404 });
  const locale = (await params).locale as Locale;
  return new Response(atomFeed(briefing, siteUrl, locale), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
}
