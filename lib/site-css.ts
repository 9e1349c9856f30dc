import { minifyCss } from './embed/embed-css';
import { themeCss } from './theme';

/**
 * Noto Sans Bengali from npm (its Bengali subset), for Bangla text in browsers that have no
 * Bengali font (many Linux desktops). Its unicode-range means a browser downloads it only for
 * a page with Bangla on it, and only if no earlier font in the stack has the glyphs; no page
 * preloads it. Served at /fonts/ (app/fonts/[file]/route.ts). The chart images use the same
 * typeface from a TTF package (lib/charts/bake/image-fonts.ts): resvg reads no WOFF2.
 */
export const bengaliWebFont = {
  family: 'Noto Sans Bengali Web',
  file: 'noto-sans-bengali.woff2',
  source:
    'node_modules/@fontsource-variable/noto-sans-bengali/files/noto-sans-bengali-bengali-wght-normal.woff2',
  unicodeRange:
    'U+0951-0952,U+0964-0965,U+0980-09FE,U+1CD0,U+1CD2,U+1CD5-1CD6,U+1CD8,U+1CE1,U+1CEA,U+1CED,U+1CF2,U+1CF5-1CF7,U+200C-200D,U+20B9,U+25CC,U+A8F1',
} as const;

/** The style sheets every page uses, in the order they apply. */
export const SITE_STYLESHEETS = ['app/globals.css', 'components/charts/chart-figure.css'] as const;

/**
 * The site's whole style, minified: the colours (lib/theme.ts), the Bengali face and the style
 * sheets. `npm run briefing` writes it once into generated/, and every page carries it inline
 * in its head (components/site/site-styles.tsx): a page needs no second request before it can
 * paint, the way the embeds carry theirs.
 */
export function siteCss(read: (file: string) => string): string {
  const fontFace = `@font-face{font-family:'${bengaliWebFont.family}';src:url(/fonts/${bengaliWebFont.file}) format('woff2');font-weight:100 900;font-style:normal;font-display:swap;unicode-range:${bengaliWebFont.unicodeRange}}:root{--font-bengali:'${bengaliWebFont.family}'}`;
  return minifyCss([themeCss(), fontFace, ...SITE_STYLESHEETS.map(read)].join('\n'));
}
