import {
  chartFileParams,
  imageFormats,
  imageResponse,
  prefixedLocales,
} from '@/lib/http/chart-files';
import type { Locale } from '@/lib/i18n/locales';

/** /bn/images/<chart>.png and the rest: a chart's images in another language (app/images/[file]). */
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return chartFileParams(prefixedLocales, 'file', (slug) =>
    Object.keys(imageFormats).map((format) => `${slug}.${format}`),
  );
}

type Params = { params: Promise<{ locale: string; file: string }> };

export async function GET(_request: Request, { params }: Params) {
  const { locale, file } = await params;
  return imageResponse(file, locale as Locale);
}
