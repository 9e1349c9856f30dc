// Plain JavaScript: server.mjs reads it as it is, as do the export's scripts and tests.

/**
 * The address a built page's file is served at: /charts/recruits for charts/recruits.html,
 * / for index.html. The file is relative to the build's page folder, with / between folders.
 * @param {string} file
 * @returns {string}
 */
export function pageAddress(file) {
  return file === 'index.html' ? '/' : `/${file.slice(0, -'.html'.length)}`;
}
