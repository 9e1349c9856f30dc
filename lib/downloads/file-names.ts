import { defaultLocale, type Locale } from '../i18n/locales';
import { localePath } from '../i18n/paths';

// The addresses of the files the site offers, free of the message catalogues: the tables'
// browser code ("Download this view") reads them too.

export const chartImageHref = (slug: string, format: 'svg' | 'png', locale: Locale = 'en') =>
  localePath(`/images/${slug}.${format}`, locale);
export const dataHref = (file: string) => `/data/${file}`;

/** The tables a reader can filter, and download a view of. */
export type ViewTable = 'events' | 'claims';

const inLocale = (name: string, locale: Locale) =>
  locale === defaultLocale ? `${name}.json` : `${name}.${locale}.json`;

/** The compact rows a table loads to sort and filter beyond its page, in a language: claims-index.bn.json. */
export const tableIndexFile = (table: ViewTable, locale: Locale) =>
  inLocale(`${table}-index`, locale);

/** A view's workbook's About sheet in a language, fetched only to write one: claims-view-about.bn.json. */
export const viewAboutFile = (table: ViewTable, locale: Locale) =>
  inLocale(`${table}-view-about`, locale);

/** A table's listing (its rows and words) in a language, fetched when a reader sorts or filters: events-listing-1.bn.json. */
export const listingFile = (table: ViewTable, view: number | 'latest', locale: Locale) =>
  inLocale(`${table}-listing-${view}`, locale);

/** A chart's live model (lib/charts/types.ts) in a language, fetched when a reader reaches for the chart. */
export const liveChartFile = (slug: string, locale: Locale) =>
  inLocale(`chart-${slug}-live`, locale);
