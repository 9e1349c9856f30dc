/**
 * Every colour of the site and its charts, light and dark, in one place.
 * Pages, embeds and baked SVGs use them as CSS variables (`var(--chart-bar)`),
 * so a chart follows the reader's colour scheme; exported SVG and PNG files,
 * which stand alone, get the literal values instead.
 *
 * Contrast (WCAG 2.2, 1.4.3 and 1.4.11): text ≥ 4.5:1 on the background,
 * chart marks ≥ 3:1, in both schemes.
 */
export const themes = {
  light: {
    text: '#1b1b1b',
    muted: '#595959',
    background: '#ffffff',
    surface: '#f4f4f1',
    border: '#cfcfca',
    link: '#0b57a4',
    focus: '#0b57a4',
    chartBar: '#2f6db5',
    chartBarTint: '#b9cfeb',
    chartOnBar: '#ffffff',
    chartText: '#1b1b1b',
    chartMuted: '#595959',
    chartAxis: '#6e6e6e',
    chartGrid: '#e4e4df',
    chartAccent: '#b3261e',
    chartHover: 'rgba(47, 109, 181, 0.1)',
  },
  dark: {
    text: '#ececea',
    muted: '#b3b3ad',
    background: '#141414',
    surface: '#1f1f1e',
    border: '#464643',
    link: '#8cc4ff',
    focus: '#8cc4ff',
    chartBar: '#6fa8ee',
    chartBarTint: '#2c4a70',
    chartOnBar: '#0d1b2e',
    chartText: '#ececea',
    chartMuted: '#b3b3ad',
    chartAxis: '#9a9a95',
    chartGrid: '#343432',
    chartAccent: '#ff8a80',
    chartHover: 'rgba(111, 168, 238, 0.14)',
  },
} as const;

export type ThemeName = keyof typeof themes;
export type ThemeColor = keyof (typeof themes)['light'];

const cssName = (key: string) => `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** `var(--chart-bar)`: how components refer to a colour. */
export const color = (key: ThemeColor) => `var(${cssName(key)})`;

function declarations(name: ThemeName): string {
  return Object.entries(themes[name])
    .map(([key, value]) => `${cssName(key)}:${value}`)
    .join(';');
}

/**
 * The variables for both schemes. The reader's system setting decides unless
 * the root element says otherwise (`data-theme="light"` or `"dark"`, which
 * embeds set from `?theme=`).
 */
export function themeCss(): string {
  return [
    `:root{color-scheme:light;${declarations('light')}}`,
    `:root[data-theme=dark]{color-scheme:dark;${declarations('dark')}}`,
    `@media (prefers-color-scheme: dark){:root:not([data-theme=light]){color-scheme:dark;${declarations('dark')}}}`,
  ].join('\n');
}

/** Replaces every `var(--…)` of ours in markup by its literal value, for standalone files. */
export function inlineThemeColors(markup: string, name: ThemeName = 'light'): string {
  return Object.entries(themes[name]).reduce(
    (text, [key, value]) => text.replaceAll(`var(${cssName(key)})`, value),
    markup,
  );
}
