// Plain JavaScript: server.mjs and the export's scripts read it as it is (lib/http/page-address.js).

/** The language served at the site's root, without a prefix: its pages are built under en/. */
/** @type {'en'} */
export const DEFAULT_LOCALE = 'en';
