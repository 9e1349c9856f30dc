// Plain JavaScript: server.mjs, next.config.js, the security headers and the export's scripts
// read it as it is (lib/http/page-address.js, lib/security/headers.js).

/** The language served at the site's root, without a prefix: its pages are built under en/. */
/** @type {'en'} */
export const DEFAULT_LOCALE = 'en';

/** Every language's code, the default first (lib/i18n/locales.ts describes each). */
/** @type {readonly ['en', 'bn', 'ru']} */
export const LOCALES = /** @type {const} */ (['en', 'bn', 'ru']);

/** The languages served under their code (/bn/…, /ru/…): the prefixes headers and nginx match. */
export const PREFIXED_LOCALES = LOCALES.filter((locale) => locale !== DEFAULT_LOCALE);

/** "(?:bn|ru)/" as a regular expression's part: an optional language prefix is `(?:…)?`. */
export const LOCALE_PREFIX_PATTERN = `(?:${PREFIXED_LOCALES.join('|')})/`;
