import { defaultLocale, type Locale } from './locales';

/**
 * A page's address in a language, as lib/i18n/routing.ts routes it: the
 * default language at the root (/claims), the others under their code
 * (/bn/claims, /bn for the home page). A plain function rather than
 * next-intl's createNavigation, whose server module references its client
 * Link component: a layout importing it sent next-intl's client runtime
 * to every page that had any client component.
 */
export function localePath(href: string, locale: Locale): string {
  if (locale === defaultLocale) return href;
  return href === '/' ? `/${locale}` : `/${locale}${href}`;
}
