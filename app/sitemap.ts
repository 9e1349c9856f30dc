import type { MetadataRoute } from 'next';
import { builtLocales } from '@/lib/i18n/locales';
import { localePath } from '@/lib/i18n/paths';
import { briefing } from '@/lib/model/current';
import { languageAlternates } from '@/lib/page-metadata';
import { sitePages } from '@/lib/site-pages';
import { absoluteUrl } from '@/lib/site';

export const dynamic = 'force-static';

/**
 * Every page in every language, from the same list the end-to-end tests
 * visit, each with its other languages as alternates (Google's sitemap
 * hreflang). A sitemap lists absolute addresses only (sitemaps.org): without
 * SITE_URL it is empty.
 */
export default function sitemap(): MetadataRoute.Sitemap {
  const lastModified = briefing.sources
    .map((s) => s.publishedOn)
    .sort()
    .at(-1);
  return sitePages(briefing).flatMap((path) =>
    builtLocales.flatMap((locale) => {
      const url = absoluteUrl(localePath(path, locale));
      const languages = builtLocales.length > 1 ? languageAlternates(path) : null;
      return url
        ? [{ url, lastModified, ...(languages ? { alternates: { languages } } : {}) }]
        : [];
    }),
  );
}
