import { themes, inlineThemeColors, type ThemeName } from '../../theme';
import { escapeXml } from '../../format/xml';
import type { ChartModel } from '../types';

/**
 * A chart as a file that stands alone (SVG download, PNG, Open Graph image):
 * the same baked panels inside a frame with title, subtitle, legend,
 * qualifier notes and source line, colours written out, as a chart page
 * shows them.
 */

export interface BakedPanel {
  title: string | null;
  /** Cleaned panel markup (an <svg> with a viewBox). */
  svg: string;
  width: number;
  height: number;
}

const PADDING = 24;
const FONT = 'Inter, system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif';

/** Greedy word wrap by an estimated character budget (Inter averages under 0.55em a character). */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && `${line} ${word}`.length > maxChars) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

interface TextBlock {
  lines: string[];
  size: number;
  weight: number;
  color: string;
  gapAfter: number;
}

export interface ExportOptions {
  theme: ThemeName;
  /** The closing line, in the chart's language: its sources, the site and the chart page's address. */
  credit: string;
}

export function composeStandaloneSvg(
  model: ChartModel,
  panels: readonly BakedPanel[],
  options: ExportOptions,
): { svg: string; width: number; height: number } {
  const palette = themes[options.theme];
  const innerWidth = Math.max(...panels.map((p) => p.width));
  const width = innerWidth + PADDING * 2;
  const chars = (size: number) => Math.floor(innerWidth / (size * 0.56));

  const parts: string[] = [];
  let y = PADDING;
  const block = ({ lines, size, weight, color, gapAfter }: TextBlock) => {
    for (const line of lines) {
      y += size * 1.3;
      parts.push(
        `<text x="${PADDING}" y="${y.toFixed(1)}" font-size="${size}" font-weight="${weight}" fill="${color}">${escapeXml(line)}</text>`,
      );
    }
    y += gapAfter;
  };

  block({
    lines: wrapText(model.title, chars(22)),
    size: 22,
    weight: 700,
    color: palette.text,
    gapAfter: 4,
  });
  block({
    lines: wrapText(model.subtitle, chars(14)),
    size: 14,
    weight: 400,
    color: palette.muted,
    gapAfter: 12,
  });
  for (const panel of panels) {
    if (panel.title) {
      block({
        lines: wrapText(panel.title, chars(13)),
        size: 13,
        weight: 600,
        color: palette.text,
        gapAfter: 6,
      });
    }
    const nested = panel.svg.replace(
      /^<svg\b/,
      `<svg x="${PADDING}" y="${y.toFixed(1)}" width="${panel.width}" height="${panel.height}"`,
    );
    parts.push(nested);
    y += panel.height + 10;
  }
  block({
    lines: model.legend.flatMap((entry) => wrapText(`• ${entry.text}`, chars(12))),
    size: 12,
    weight: 400,
    color: palette.text,
    gapAfter: 6,
  });
  block({
    lines: model.corrections.flatMap((correction) => wrapText(correction.text, chars(12))),
    size: 12,
    weight: 600,
    color: palette.text,
    gapAfter: model.corrections.length > 0 ? 6 : 0,
  });
  block({
    lines: model.notes.flatMap((note) => wrapText(note, chars(12))),
    size: 12,
    weight: 400,
    color: palette.muted,
    gapAfter: 6,
  });
  block({
    lines: wrapText(options.credit, chars(12)),
    size: 12,
    weight: 400,
    color: palette.text,
    gapAfter: 0,
  });
  const height = Math.ceil(y + PADDING);

  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}" role="img" aria-label="${escapeXml(model.title)}">`,
    `<title>${escapeXml(model.title)}</title>`,
    `<desc>${escapeXml(model.description)}</desc>`,
    `<rect width="100%" height="100%" fill="${palette.background}"/>`,
    ...parts,
    '</svg>',
  ].join('\n');
  return { svg: inlineThemeColors(svg, options.theme), width, height };
}
