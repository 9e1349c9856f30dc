import { defineRouting } from 'next-intl/routing';
import { builtLocales, defaultLocale } from './locales';

/**
 * English at the site's root (/charts), the others under their code
 * (/bn/charts). The language is chosen by the address alone: no cookie and
 * no Accept-Language detection, so every address is one prerendered file
 * that any static host serves the same way, and `hreflang` links in each
 * page's head (not a Link header only `next start` could send) name the others.
 */
export const routing = defineRouting({
  locales: builtLocales,
  defaultLocale,
  localePrefix: 'as-needed',
  localeDetection: false,
  localeCookie: false,
  alternateLinks: false,
});
