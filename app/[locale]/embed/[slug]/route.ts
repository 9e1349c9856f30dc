import { chartFileParams, embedResponse, prefixedLocales } from '@/lib/http/chart-files';
import type { Locale } from '@/lib/i18n/locales';

/** /bn/embed/<chart>, /ru/embed/<chart>: a chart's embed in another language (app/embed/[slug]). */
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return chartFileParams(prefixedLocales, 'slug', (slug) => [slug]);
}

type Params = { params: Promise<{ locale: string; slug: string }> };

export async function GET(_request: Request, { params }: Params) {
  const { locale, slug } = await params;
  return embedResponse(slug, locale as Locale);
}
