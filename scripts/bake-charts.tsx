/**
 * Bakes every chart before the build, as Our World in Data bakes its static
 * charts: each panel is drawn by the same recharts components the browser
 * uses, in jsdom, at both sizes, and saved as SVG for the server HTML. Each
 * chart is also composed into a standalone SVG and a PNG.
 *
 *   generated/charts/<slug>.json   panels (narrow and wide SVG) for pages and embeds
 *   generated/images/<slug>.svg    standalone chart with title, notes and source
 *   generated/images/<slug>.png    the same, rasterised (also the Open Graph image)
 *   generated/embeds/<slug>.html   the embed: the chart page's frame as a standalone document
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

// recharts and React's act() need React's development build; force it before they load.
(process.env as Record<string, string>).NODE_ENV = 'development';

const OUT = path.resolve('generated');
const require = createRequire(import.meta.url);

async function main() {
  const started = performance.now();
  const React = await import('react');
  const { dataset } = await import('@/data');
  const { chartSlugs } = await import('@/lib/charts/catalogue');
  const { buildChart } = await import('@/lib/charts/definitions');
  const { chartVariants, panelHeight, variantWidth } = await import('@/lib/charts/dimensions');
  const { renderChartSvg } = await import('@/lib/charts/bake/render-svg');
  const { cleanSvg } = await import('@/lib/charts/bake/clean-svg');
  const { uninstallDom } = await import('@/lib/charts/bake/dom');
  const { composeStandaloneSvg } = await import('@/lib/charts/bake/compose-export');
  const { bakedPanelPrefix } = await import('@/lib/charts/baked');
  const { PanelChart } = await import('@/components/charts/panel-chart');
  const { absoluteUrl, siteName } = await import('@/lib/site');
  const { initWasm, Resvg } = await import('@resvg/resvg-wasm');
  const { renderEmbedHtml } = await import('@/lib/embed/render-embed');
  const { themeCss } = await import('@/lib/theme');
  const figureCss = readFileSync(path.resolve('components/charts/chart-figure.css'), 'utf8');

  await initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
  const fontBuffers = [
    '400Regular/Inter_400Regular.ttf',
    '600SemiBold/Inter_600SemiBold.ttf',
    '700Bold/Inter_700Bold.ttf',
  ].map((file) => readFileSync(require.resolve(`@expo-google-fonts/inter/${file}`)));

  mkdirSync(path.join(OUT, 'charts'), { recursive: true });
  mkdirSync(path.join(OUT, 'images'), { recursive: true });
  mkdirSync(path.join(OUT, 'embeds'), { recursive: true });

  for (const slug of chartSlugs) {
    const model = buildChart(dataset, slug);
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
    writeFileSync(path.join(OUT, 'charts', `${slug}.json`), JSON.stringify({ slug, panels }));

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
    const standalone = composeStandaloneSvg(model, exportPanels, {
      theme: 'light',
      pageUrl: absoluteUrl(`/charts/${slug}`),
      siteName,
      sourceLine: model.sources.map((source) => source.line).join('; '),
    });
    writeFileSync(path.join(OUT, 'images', `${slug}.svg`), standalone.svg);
    const png = new Resvg(standalone.svg, {
      fitTo: { mode: 'width', value: standalone.width * 2 },
      font: { fontBuffers, defaultFontFamily: 'Inter', loadSystemFonts: false },
    })
      .render()
      .asPng();
    writeFileSync(path.join(OUT, 'images', `${slug}.png`), png);
  }

  // Embeds last: ChartFigure reads the panels baked above, as on the server, so without a DOM.
  uninstallDom();
  for (const slug of chartSlugs) {
    const html = renderEmbedHtml({
      model: buildChart(dataset, slug),
      figureCss,
      themeCss: themeCss(),
    });
    if (!html.includes('<svg')) throw new Error(`the ${slug} embed has no chart`);
    writeFileSync(path.join(OUT, 'embeds', `${slug}.html`), html);
  }
  console.log(
    `baked ${chartSlugs.length} charts into generated/ in ${Math.round(performance.now() - started)} ms`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
