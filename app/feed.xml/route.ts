import { atomFeed } from '@/lib/feed';
import { briefing } from '@/lib/model/current';
import { siteUrl } from '@/lib/site';

/**
 * /feed.xml: an Atom feed of new events and corrections (lib/feed.ts),
 * prerendered. Atom ids and links are absolute, so a build without SITE_URL
 * has no feed (lib/site.ts).
 */
export const dynamic = 'force-static';

export function GET() {
  if (siteUrl === null) return new Response('Not found', { status: 404 });
  return new Response(atomFeed(briefing, siteUrl), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
}
