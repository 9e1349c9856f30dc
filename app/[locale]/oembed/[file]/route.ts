import { chartFileParams, oembedResponse, prefixedLocales } from '@/lib/http/chart-files';
import type { Locale } from '@/lib/i18n/locales';
import { siteUrl } from '@/lib/site';

/** /bn/oembed/<chart>.json and /ru/…: a chart's oEmbed response in another language (app/oembed/[file]). */
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  if (siteUrl === null) return [];
  return chartFileParams(prefixedLocales, 'file', (slug) => [`${slug}.json`]);
}

type Params = { params: Promise<{ locale: string; file: string }> };

export async function GET(_request: Request, { params }: Params) {
  const { locale, file } = await params;
  return oembedResponse(file, locale as Locale);
}
