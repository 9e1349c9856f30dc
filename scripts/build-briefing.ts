/**
 * npm run briefing: compiles data/ into the briefing the site is built from,
 * once, before every build and dev server:
 *
 *   generated/briefing.json         the checked dataset and every chart model (lib/model/compiled.ts)
 *   generated/charts/<lang>/<slug>.json    each chart's panels baked to SVG, narrow and wide, for the HTML
 *   generated/images/<lang>/<slug>.svg|png each chart standalone, with its title, notes and sources
 *   generated/embeds/<lang>/<slug>.html    each chart's embed: the chart page's frame as one document
 *   generated/pages/<lang>/<address>.html  each page's content, for components/site/baked-page.tsx
 *   generated/site.css                     the site's style, inlined into every page (lib/site-css.ts)
 *
 * each in every language (lib/i18n/locales.ts).
 *
 * A problem in data/ stops it with one line per problem, naming file, entry and field.
 * Charts are baked as Our World in Data bakes its static charts: each panel is
 * drawn by the recharts components the browser uses, in jsdom, at both sizes.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// React's production build, as Next renders pages with: decided when React loads, so set first.
(process.env as Record<string, string>).NODE_ENV = 'production';

const OUT = path.resolve('generated');

async function main() {
  const started = performance.now();
  const { sourceDirectories } = await import('@/lib/data/load-sources');
  const { DataIntegrityError } = await import('@/lib/data/problems');
  const { loadBriefing } = await import('@/lib/model/load');
  const { COMPILED_FILE, inputsFingerprint } = await import('@/lib/model/compiled');
  const { locales } = await import('@/lib/i18n/locales');

  const dataDir = path.resolve('data');
  const briefing = await loadBriefing(dataDir).catch((error: unknown) => {
    if (!(error instanceof DataIntegrityError)) throw error;
    console.error(error.message);
    process.exit(1);
  });
  const { dataset } = briefing;
  const dirs = [dataDir, ...sourceDirectories(dataDir).slice(1)].map((dir) =>
    path.relative(process.cwd(), dir),
  );

  const charts = Object.fromEntries(locales.map((locale) => [locale, briefing.charts(locale)]));
  rmSync(OUT, { recursive: true, force: true });
  for (const dir of ['charts', 'images', 'embeds']) {
    for (const locale of locales) mkdirSync(path.join(OUT, dir, locale), { recursive: true });
  }
  // The 405 page for server.mjs, which answers the methods Next cannot parse (TRACE…) itself.
  const { methodNotAllowedHtml } = await import('@/lib/http/method-not-allowed');
  writeFileSync(path.join(OUT, '405.html'), methodNotAllowedHtml());
  writeFileSync(
    path.resolve(COMPILED_FILE),
    JSON.stringify({ inputs: { dirs, fingerprint: inputsFingerprint(dirs) }, dataset, charts }),
  );

  const React = await import('react');
  const { chartVariants, panelHeight, variantWidth } = await import('@/lib/charts/dimensions');
  const { renderChartSvg } = await import('@/lib/charts/bake/render-svg');
  const { cleanSvg } = await import('@/lib/charts/bake/clean-svg');
  const { uninstallDom } = await import('@/lib/charts/bake/dom');
  const { composeStandaloneSvg } = await import('@/lib/charts/bake/compose-export');
  const { bakedPanelPrefix } = await import('@/lib/charts/baked');
  const { bakedFile } = await import('@/lib/charts/baked-store');
  const { PanelChart } = await import('@/components/charts/panel-chart');
  const { absoluteUrl } = await import('@/lib/site');
  const { chartHref } = await import('@/lib/links');
  const { translator } = await import('@/lib/i18n/messages');
  const { startRasterizer } = await import('@/lib/charts/bake/rasterize');
  const { renderEmbedHtml } = await import('@/lib/embed/render-embed');
  const { themeCss } = await import('@/lib/theme');
  const figureCss = readFileSync(path.resolve('components/charts/chart-figure.css'), 'utf8');
  const write =
    (...args: Parameters<typeof bakedFile>) =>
    (content: string | Uint8Array) =>
      writeFileSync(path.join(OUT, bakedFile(...args)), content);

  // PNGs are drawn on a thread of their own while the SVGs and pages are drawn here.
  const rasterizer = startRasterizer();

  for (const locale of locales) {
    for (const model of briefing.charts(locale)) {
      const { slug } = model;
      const panels = [];
      for (const panel of model.panels) {
        const baked: Record<string, { svg: string; width: number; height: number }> = {};
        for (const variant of chartVariants) {
          const idPrefix = bakedPanelPrefix(slug, panel.id, variant);
          const markup = await renderChartSvg(
            React.createElement(PanelChart, { panel, variant, idPrefix, interactive: false }),
          );
          baked[variant] = {
            svg: cleanSvg(markup, { idPrefix, label: panel.title ?? model.title }),
            width: variantWidth[variant],
            height: panelHeight(panel, variant),
          };
        }
        panels.push({ id: panel.id, title: panel.title, ...baked });
      }
      write('charts', locale, `${slug}.json`)(JSON.stringify({ slug, panels }));

      // Standalone files are drawn from freshly prefixed wide panels so their ids never clash with a page's.
      const exportPanels = [];
      for (const panel of model.panels) {
        const idPrefix = bakedPanelPrefix(slug, panel.id, 'export');
        const markup = await renderChartSvg(
          React.createElement(PanelChart, { panel, variant: 'wide', idPrefix, interactive: false }),
        );
        exportPanels.push({
          title: panel.title,
          svg: cleanSvg(markup, { idPrefix, label: panel.title ?? model.title }),
          width: variantWidth.wide,
          height: panelHeight(panel, 'wide'),
        });
      }
      const pageUrl = absoluteUrl(chartHref(slug, locale));
      const standalone = composeStandaloneSvg(model, exportPanels, {
        theme: 'light',
        credit: translator(locale, 'Image')('credit', {
          sources: model.sources.map((source) => source.line).join('; '),
          site: translator(locale, 'Site')('name'),
          hasUrl: pageUrl ? 'yes' : 'no',
          url: pageUrl ?? '',
        }),
      });
      write('images', locale, `${slug}.svg`)(standalone.svg);
      rasterizer.draw(standalone.svg, standalone.width * 2, write('images', locale, `${slug}.png`));
    }
  }

  // Embeds last: ChartFigure reads the panels baked above, as on the server, so without a DOM.
  uninstallDom();
  for (const locale of locales) {
    for (const model of briefing.charts(locale)) {
      const html = renderEmbedHtml({ model, locale, figureCss, themeCss: themeCss() });
      if (!html.includes('<svg'))
        throw new Error(`the ${model.slug} embed (${locale}) has no chart`);
      write('embeds', locale, `${model.slug}.html`)(html);
    }
  }
  // The site's style, inlined into every page's head (components/site/site-styles.tsx).
  const { siteCss } = await import('@/lib/site-css');
  writeFileSync(
    path.join(OUT, 'site.css'),
    siteCss((file) => readFileSync(path.resolve(file), 'utf8')),
  );

  // Every page's content, drawn by the components Next would render, for components/site/baked-page.tsx.
  const { renderToString } = await import('react-dom/server');
  const { pageBodies } = await import('@/components/pages/page-bodies');
  const { bakedPageFile } = await import('@/lib/baked-pages');
  let pages = 0;
  for (const locale of locales) {
    for (const { address, body } of pageBodies(briefing, locale)) {
      const file = path.join(OUT, bakedPageFile(locale, address));
      mkdirSync(path.dirname(file), { recursive: true });
      // With React's markers between text nodes, so the tables can hydrate where they stand
      // (components/islands/tables.ts); ids the bake's components make (useId) are prefixed,
      // so none meets one of the page's own.
      writeFileSync(file, renderToString(body(), { identifierPrefix: 'baked-' }));
      pages += 1;
    }
  }
  await rasterizer.finish();
  console.log(
    `compiled ${briefing.sources.length} sources, ${briefing.claims.length} claims, ${briefing.events.length} events and ${briefing.charts().length} charts, and drew ${pages} pages, in ${locales.length} languages into generated/ in ${Math.round(performance.now() - started)} ms`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
