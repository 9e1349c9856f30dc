import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Characters a URL may not carry as they are (the HTML checker rejects them in a data: address):
 * spaces, these ASCII ones, and anything beyond ASCII (escaped as its UTF-8 bytes).
 */
const UNSAFE_IN_URL = /[ <>#%"{}|\\^`]|[^\x21-\x7e]/gu;

/**
 * The site's icon (public/icon.svg, also served at /icon.svg) as a data: address. A linked icon is
 * fetched when the page's load event fires, and our pages load before their first paint (their
 * scripts come after it), so the request sat in the first paint's path; inline, there is none.
 */
export const siteIconHref = `data:image/svg+xml,${readFileSync(
  path.join(process.cwd(), 'public', 'icon.svg'),
  'utf8',
)
  .trim()
  .replace(/\s+/g, ' ')
  .replace(UNSAFE_IN_URL, (character) => encodeURIComponent(character))}`;

/** The icon in Next's metadata, for every document the site renders. */
export const siteIcons = { icon: { url: siteIconHref, type: 'image/svg+xml' } };
