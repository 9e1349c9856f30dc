import { renderToStaticMarkup } from 'react-dom/server';
import { ChartFigure } from '@/components/charts/chart-figure';
import { EMBED_SCRIPT } from './embed-script.js';
import { EMBED_PAGE_CSS, minifyCss } from './embed-css';
import type { ChartModel } from '../charts/types';
import { dataHref } from '../downloads/file-names';
import { chartTableName } from '../downloads/tables';
import { absoluteUrl, publicUrl } from '../site';
import { escapeXml } from '../format/xml';
import { localeInfo, type Locale } from '../i18n/locales';
import { translator } from '../i18n/messages';
import { localePath } from '../i18n/paths';
import { chartHref } from '../links';

export interface EmbedInput {
  model: ChartModel;
  locale: Locale;
  /** components/charts/chart-figure.css and the theme variables, as text. */
  figureCss: string;
  themeCss: string;
}

/**
 * A chart as a complete HTML document for an iframe, with no framework
 * runtime: the same ChartFigure as the chart page (rendered to static markup
 * at build time), its CSS inlined, and one small inline script. Links open
 * outside the frame. Built by scripts/bake-charts.tsx, served by
 * app/embed/[slug]/route.ts.
 */
export function renderEmbedHtml({ model, locale, figureCss, themeCss }: EmbedInput): string {
  const siteName = translator(locale, 'Site')('name');
  const figure = renderToStaticMarkup(
    <main>
      <ChartFigure
        model={model}
        locale={locale}
        heading="h1"
        linkTitle
        quietDescription
        collapseNotes
      />
      <p className="embed-links">
        <a href={dataHref(`${chartTableName(model.slug)}.csv`)}>
          {translator(locale, 'Embed')('dataCsv')}
        </a>{' '}
        · {siteName}
      </p>
    </main>,
  );
  const css = minifyCss(`${themeCss}\n${figureCss}\n${EMBED_PAGE_CSS}`);
  // oEmbed discovery here too, so that pasting the embed's own address into
  // WordPress embeds the chart (oEmbed needs an absolute address: SITE_URL).
  const oembed = absoluteUrl(localePath(`/oembed/${model.slug}.json`, locale));
  return [
    '<!doctype html>',
    `<html lang="${localeInfo[locale].tag}" dir="${localeInfo[locale].dir}" data-chart="${escapeXml(model.slug)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeXml(model.title)} · ${escapeXml(siteName)}</title>`,
    `<meta name="description" content="${escapeXml(model.subtitle)}">`,
    `<link rel="canonical" href="${escapeXml(publicUrl(chartHref(model.slug, locale)))}">`,
    ...(oembed
      ? [
          `<link rel="alternate" type="application/json+oembed" href="${escapeXml(oembed)}" title="${escapeXml(model.title)}">`,
        ]
      : []),
    // No favicon request: an embed is a frame, and every byte counts.
    '<link rel="icon" href="data:,">',
    // Links open outside the frame, in a new tab (in WordPress's sandbox, which
    // allows no new tabs, the script asks WordPress to follow them instead).
    '<base target="_blank">',
    `<style>${css}</style>`,
    `<script>${EMBED_SCRIPT}</script>`,
    '</head>',
    `<body>${figure}</body>`,
    '</html>',
  ].join('\n');
}
