import type { Locale } from './i18n/locales';

/**
 * Where `npm run briefing` writes a page's content, under generated/: pages/<lang>/index.html
 * for /, pages/<lang>/charts/recruits.html for /charts/recruits.
 */
export const bakedPageFile = (locale: Locale, address: string) =>
  `pages/${locale}${address === '/' ? '/index' : address}.html`;
