import { describe, expect, it } from 'vitest';
import {
  color,
  inlineThemeColors,
  themeCss,
  themes,
  type ThemeColor,
  type ThemeName,
} from './theme';

/** WCAG 2.2 relative luminance and contrast ratio (https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio). */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const channel = parseInt(hex.slice(i, i + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe.each(Object.keys(themes) as ThemeName[])('the %s theme', (name) => {
  const theme = themes[name];
  it.each<[ThemeColor, ThemeColor, number]>([
    ['text', 'background', 4.5],
    ['muted', 'background', 4.5],
    ['link', 'background', 4.5],
    ['muted', 'surface', 4.5],
    ['link', 'surface', 4.5],
    ['chartText', 'background', 4.5],
    ['chartMuted', 'background', 4.5],
    ['chartOnBar', 'chartBar', 4.5],
    ['chartBar', 'background', 3],
    ['chartAxis', 'background', 3],
    ['chartAccent', 'background', 3],
  ])('%s on %s has contrast of at least %s:1', (fg, bg, minimum) => {
    expect(contrast(theme[fg], theme[bg])).toBeGreaterThanOrEqual(minimum);
  });
});

describe('theme CSS', () => {
  it('refers to colours by variable and inlines them for standalone files', () => {
    expect(color('chartBar')).toBe('var(--chart-bar)');
    expect(inlineThemeColors(`<rect fill="${color('chartBar')}"/>`, 'dark')).toBe(
      `<rect fill="${themes.dark.chartBar}"/>`,
    );
    expect(themeCss()).toContain(`--chart-bar:${themes.light.chartBar}`);
    expect(themeCss()).toContain('@media (prefers-color-scheme: dark)');
  });
});
