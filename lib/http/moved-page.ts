import { escapeXml } from '../format/xml';
import { publicUrl, siteName } from '../site';
import { themeCss } from '../theme';

/**
 * The page left at a renamed entry's old address on a static host that
 * cannot send a redirect status: it refreshes to the new address at once,
 * names it as canonical and links it, for readers and crawlers alike.
 * (`next start` answers 308 instead; Netlify and Cloudflare Pages read
 * out/_redirects.)
 */
export function movedPageHtml(to: string): string {
  const target = escapeXml(to);
  return [
    '<!doctype html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="refresh" content="0; url=${target}">`,
    '<meta name="robots" content="noindex">',
    `<link rel="canonical" href="${escapeXml(publicUrl(to))}">`,
    `<title>Moved · ${escapeXml(siteName)}</title>`,
    `<style>${themeCss()} body{margin:0;padding:2rem 1rem;font-family:system-ui,sans-serif;color:var(--text);background:var(--background)} a{color:var(--link)}</style>`,
    '</head>',
    '<body>',
    '<main>',
    '<h1>This page has moved</h1>',
    `<p><a href="${target}">Go to its new address</a>.</p>`,
    '</main>',
    '</body>',
    '</html>',
  ].join('\n');
}
