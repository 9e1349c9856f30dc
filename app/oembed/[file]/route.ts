import { briefing } from '@/lib/model/current';
import { EMBED_WIDTH, embedTarget, oembedHtml } from '@/lib/embed/embed-code';
import { chartImageHref } from '@/lib/downloads/files';
import { siteName, siteUrl } from '@/lib/site';

/**
 * /oembed/<chart>.json: the oEmbed response for a chart (oembed.com, §2.3.4,
 * type "rich"), found through the discovery link on the chart's page.
 * Prerendered per chart, since the site serves no per-request code. oEmbed
 * needs absolute addresses, so a build without SITE_URL has none (lib/site.ts).
 */
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return siteUrl === null ? [] : briefing.charts.map((chart) => ({ file: `${chart.slug}.json` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const slug = (await params).file.replace(/\.json$/, '');
  const model = briefing.findChart(slug);
  if (!model || siteUrl === null) return new Response('Not found', { status: 404 });
  const target = embedTarget(model);
  const body = {
    version: '1.0',
    type: 'rich',
    title: model.title,
    provider_name: siteName,
    provider_url: `${siteUrl}/`,
    html: oembedHtml(target, siteUrl),
    width: EMBED_WIDTH,
    height: target.height,
    thumbnail_url: `${siteUrl}${chartImageHref(slug, 'png')}`,
    cache_age: 86400,
  };
  return Response.json(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
