import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/site';

export const dynamic = 'force-static';

/** The Sitemap line needs an absolute address: without SITE_URL it is left out (lib/site.ts). */
export default function robots(): MetadataRoute.Robots {
  const sitemap = absoluteUrl('/sitemap.xml');
  return { rules: [{ userAgent: '*', allow: '/' }], ...(sitemap ? { sitemap } : {}) };
}
