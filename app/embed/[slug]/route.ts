import { chartFileParams, embedResponse } from '@/lib/http/chart-files';

/**
 * /embed/<chart>: the chart for iframes, baked into a standalone document by
 * scripts/build-briefing.ts. A route handler rather than a page, so that no
 * framework runtime is sent: the whole embed is one small HTML response.
 * Prerendered; may be framed by any site (lib/security/headers.js). The other
 * languages' embeds are app/[locale]/embed/[slug].
 */
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return chartFileParams(['en'], 'slug', (slug) => [slug]).map(({ slug }) => ({ slug }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return embedResponse((await params).slug, 'en');
}
