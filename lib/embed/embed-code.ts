import { chartHref } from '../links';
import { escapeXml } from '../format/xml';
import type { Locale } from '../i18n/locales';
import { localePath } from '../i18n/paths';

/** The article width embed codes are sized for; our host script or WordPress then fit the exact height. */
export const EMBED_WIDTH = 640;

/**
 * Embed codes are pasted into other sites, so their addresses are absolute:
 * `origin` is the site's public origin (SITE_URL), or, for a build without
 * one, the origin the reader's browser is on (components/chart-page).
 */
export const embedUrl = (target: EmbedTarget, origin: string) =>
  `${origin}${localePath(`/embed/${target.slug}`, target.locale)}`;

/** What an embed code needs of a chart: plain data, so the browser can build it too. */
export interface EmbedTarget {
  slug: string;
  /** The chart's language: the embed is in it. */
  locale: Locale;
  title: string;
  height: number;
}

/** The iframe to paste into an article: titled, full width, lazily loaded, sized to fit. */
export function embedIframe(target: EmbedTarget, origin: string): string {
  return `<iframe src="${embedUrl(target, origin)}" title="${escapeXml(target.title)}" width="100%" height="${target.height}" style="border:0;width:100%;max-width:760px" loading="lazy"></iframe>`;
}

/**
 * The oEmbed `html`: a link to the chart in a blockquote, then the iframe, the
 * markup WordPress expects from a provider it discovers (wp_filter_oembed_result
 * in wp-includes/embed.php). WordPress keeps the blockquote, loads its wp-embed
 * script because of it, shows the link until the iframe speaks, then sizes the
 * iframe from the embed's height messages. Its filter strips the blockquote's
 * style; other consumers keep it and show the iframe alone.
 */
export function oembedHtml(target: EmbedTarget, origin: string): string {
  const link = `<a href="${origin}${chartHref(target.slug, target.locale)}">${escapeXml(target.title)}</a>`;
  return `<blockquote class="wp-embedded-content" style="display:none">${link}</blockquote>${embedIframe(target, origin)}`;
}

/** Optional: our host script (under 1 KB) resizes every embed to its exact height. */
export const hostScriptTag = (origin: string) => `<script src="${origin}/embed.js" async></script>`;
