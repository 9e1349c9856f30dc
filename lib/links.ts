import { localePath } from './i18n/paths';
import type { Locale } from './i18n/locales';

/**
 * The addresses of the briefing's own pages, in a language (English by
 * default). Plain functions with no heavy imports: client code (the embed
 * code) uses them too.
 */
export const claimHref = (id: string, locale: Locale = 'en') => localePath(`/claims/${id}`, locale);
export const sourceHref = (id: string, locale: Locale = 'en') =>
  localePath(`/sources/${id}`, locale);
export const chartHref = (slug: string, locale: Locale = 'en') =>
  localePath(`/charts/${slug}`, locale);
