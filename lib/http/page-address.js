// Plain JavaScript: server.mjs reads it as it is, as do the export's scripts and tests.
import { DEFAULT_LOCALE } from '../i18n/default-locale.js';

/**
 * The address a built page's file is served at: /charts/recruits for charts/recruits.html,
 * / for index.html. The file is relative to the build's page folder, with / between folders.
 * The default language's pages are built under its code (en.html, en/charts/recruits.html) and
 * served without it (/, /charts/recruits); the others keep theirs (bn/charts/recruits.html is
 * /bn/charts/recruits).
 * @param {string} file
 * @returns {string}
 */
export function pageAddress(file) {
  const page = file.slice(0, -'.html'.length);
  if (page === 'index' || page === DEFAULT_LOCALE) return '/';
  const prefix = `${DEFAULT_LOCALE}/`;
  return `/${page.startsWith(prefix) ? page.slice(prefix.length) : page}`;
}
