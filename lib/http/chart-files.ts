import { readBakedEmbed, readBakedImage } from '../charts/baked-store';
import { chartImageHref } from '../downloads/file-names';
import { EMBED_WIDTH, oembedHtml } from '../embed/embed-code';
import { embedTarget } from '../embed/embed-height';
import { builtLocales, defaultLocale, type Locale } from '../i18n/locales';
import { translator } from '../i18n/messages';
import { briefing } from '../model/current';
import { siteUrl } from '../site';

/**
 * A chart's files in a language, answered by the same code for English at
 * the root (/embed/<chart>, /images/<chart>.png, /oembed/<chart>.json) and
 * for the other languages under their code (/bn/embed/<chart>, …). Every
 * answer is prerendered: these run at build time only.
 */

/** The languages built under their own prefix: the default one is served at the root. */
export const prefixedLocales = builtLocales.filter((locale) => locale !== defaultLocale);

const notFound = () => new Response('Not found', { status: 404 });

export function embedResponse(slug: string, locale: Locale): Response {
  if (!briefing.findChart(slug, locale)) return notFound();
  return new Response(readBakedEmbed(slug, locale), {
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  });
}

export const imageFormats = { svg: 'image/svg+xml', png: 'image/png' } as const;

export function imageResponse(file: string, locale: Locale): Response {
  const match = /^([a-z0-9-]+)\.(svg|png)$/.exec(file);
  const slug = match?.[1];
  const format = match?.[2] as keyof typeof imageFormats | undefined;
  if (!slug || !format || !briefing.findChart(slug, locale)) return notFound();
  // One file name in every language, as deploy/nginx/site.conf names it.
  return new Response(new Uint8Array(readBakedImage(slug, format, locale)), {
    headers: {
      'Content-Type': imageFormats[format],
      'Content-Disposition': `inline; filename="bd-ru-${slug}.${format}"`,
    },
  });
}

/**
 * The oEmbed response for a chart (oembed.com, §2.3.4, type "rich"), found
 * through the discovery link on the chart's page. oEmbed needs absolute
 * addresses, so a build without SITE_URL has none (lib/site.ts).
 */
export function oembedResponse(file: string, locale: Locale): Response {
  const slug = file.replace(/\.json$/, '');
  const model = briefing.findChart(slug, locale);
  if (!model || siteUrl === null) return notFound();
  const target = embedTarget(model, locale);
  const body = {
    version: '1.0',
    type: 'rich',
    title: model.title,
    provider_name: translator(locale, 'Site')('name'),
    provider_url: `${siteUrl}/`,
    html: oembedHtml(target, siteUrl),
    width: EMBED_WIDTH,
    height: target.height,
    thumbnail_url: `${siteUrl}${chartImageHref(slug, 'png', locale)}`,
    cache_age: 86400,
  };
  return Response.json(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}

/** Every chart's files of one kind, in the given languages, as route parameters. */
export function chartFileParams<K extends string>(
  locales: readonly Locale[],
  key: K,
  names: (slug: string) => string[],
) {
  return locales.flatMap((locale) =>
    briefing
      .charts(locale)
      .flatMap((chart) => names(chart.slug).map((name) => ({ locale, [key]: name }))),
  ) as ({ locale: Locale } & Record<K, string>)[];
}
