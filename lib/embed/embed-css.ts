/** What an embed needs beyond the chart frame: a bare page that fits its iframe. */
export const EMBED_PAGE_CSS = `
body { margin: 0; color: var(--text); background: var(--background);
  font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans Bengali', 'Nirmala UI', 'Bangla Sangam MN', sans-serif; line-height: 1.45; }
main { padding: 12px 12px 8px; }
a { color: var(--link); text-underline-offset: 0.15em; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
h1.chart-title { font-size: 1.25rem; line-height: 1.25; }
.chart-canvas { max-width: none; }
.visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
  clip-path: inset(50%); white-space: nowrap; border: 0; }
.embed-links { margin: 0.6rem 0 0; font-size: 0.8rem; color: var(--muted); }
/* Phones: WordPress frames an embed at most 1000 px tall, so the words around the chart tighten. */
@media (max-width: 480px) {
  main { padding: 8px 8px 6px; }
  .chart-subtitle { font-size: 0.9rem; }
  .chart-legend { font-size: 0.78rem; gap: 0.1rem 1rem; }
  .chart-sources, .chart-notes-more { font-size: 0.8rem; }
}
`;

/** Comments and runs of white space out: the CSS is inlined into every embed. */
export function minifyCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{}:;,>])\s*/g, '$1')
    .replace(/;}/g, '}')
    .trim();
}
