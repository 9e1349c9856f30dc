import { escapeXml } from '../format/xml';
import { siteName } from '../site';
import { themeCss } from '../theme';

/** The methods every address of the site answers: it only serves things to read. */
export const ALLOWED_METHODS = 'GET, HEAD';

/**
 * The page for a request with any other method (POST, PUT, OPTIONS…), as a
 * plain HTML string: served by proxy.ts under `next start`, and written to
 * out/405.html for static hosts.
 */
export function methodNotAllowedHtml(): string {
  return [
    '<!doctype html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex">',
    `<title>Method not allowed · ${escapeXml(siteName)}</title>`,
    `<style>${themeCss()} body{margin:0;padding:2rem 1rem;font-family:system-ui,sans-serif;color:var(--text);background:var(--background)} a{color:var(--link)}</style>`,
    '</head>',
    '<body>',
    '<main>',
    '<h1>Method not allowed</h1>',
    `<p>This site serves pages and files to read only (${ALLOWED_METHODS}).</p>`,
    '<p><a href="/">Go to the briefing</a></p>',
    '</main>',
    '</body>',
    '</html>',
  ].join('\n');
}
