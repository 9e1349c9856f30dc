import { readFileSync } from 'node:fs';
import path from 'node:path';
import { briefing } from '@/lib/model/current';

/**
 * /embed/<chart>: the chart for iframes, baked into a standalone document by
 * scripts/bake-charts.tsx. A route handler rather than a page, so that no
 * framework runtime is sent: the whole embed is one small HTML response.
 * Prerendered; may be framed by any site (lib/security/headers.js).
 */
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return briefing.charts.map((chart) => ({ slug: chart.slug }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  if (!briefing.findChart(slug)) return new Response('Not found', { status: 404 });
  const html = readFileSync(
    path.join(process.cwd(), 'generated', 'embeds', `${slug}.html`),
    'utf8',
  );
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}
