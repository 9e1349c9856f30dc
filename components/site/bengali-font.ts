import localFont from 'next/font/local';

/**
 * Bangla text in browsers that have no Bengali font (many Linux desktops; the
 * tests' Chromium): Noto Sans Bengali from npm, its Bengali subset only. The
 * unicode-range means a browser downloads it only for a page with Bangla on
 * it, and only if no earlier font in the stack (a system Bengali font) has
 * the glyphs; no page preloads it. The chart images use the same typeface
 * from a TTF package (lib/charts/bake/image-fonts.ts): resvg reads no WOFF2.
 */
export const bengaliFont = localFont({
  src: '../../node_modules/@fontsource-variable/noto-sans-bengali/files/noto-sans-bengali-bengali-wght-normal.woff2',
  variable: '--font-bengali',
  weight: '100 900',
  display: 'swap',
  preload: false,
  adjustFontFallback: false,
  declarations: [
    {
      prop: 'unicode-range',
      value:
        'U+0951-0952,U+0964-0965,U+0980-09FE,U+1CD0,U+1CD2,U+1CD5-1CD6,U+1CD8,U+1CE1,U+1CEA,U+1CED,U+1CF2,U+1CF5-1CF7,U+200C-200D,U+20B9,U+25CC,U+A8F1',
    },
  ],
});
