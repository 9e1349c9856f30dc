import { chartFileParams, oembedResponse } from '@/lib/http/chart-files';
import { siteUrl } from '@/lib/site';

/**
 * /oembed/<chart>.json: a chart's oEmbed response (lib/http/chart-files.ts).
 * Prerendered per chart, since the site serves no per-request code; none
 * without SITE_URL. The other languages' are app/[locale]/oembed/[file].
 */
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  if (siteUrl === null) return [];
  return chartFileParams(['en'], 'file', (slug) => [`${slug}.json`]).map(({ file }) => ({ file }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  return oembedResponse((await params).file, 'en');
}
