import { defaultLocale, localeInfo, type Locale } from '../i18n/locales';

/**
 * One time zone for every date, and one locale per language (lib/i18n/locales.ts)
 * for every figure and date, on the server, in the browser, in CSVs and in
 * images, so that output never depends on the machine that made it.
 * LOCALE is the default language's, for what has no language of its own.
 */
export const LOCALE = localeInfo[defaultLocale].tag;
export const TIME_ZONE = 'UTC';

/** The Intl locale of a language: its region fixes digits and grouping (bn-BD: ১,০০,০০০). */
export const intlLocale = (locale: Locale) => localeInfo[locale].tag;
