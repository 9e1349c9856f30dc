import { panelHeight, variantWidth, WIDE_VARIANT_MIN_WIDTH } from '../charts/dimensions';
import { latinLength } from '../charts/text-width';
import type { ChartModel } from '../charts/types';
import type { Locale } from '../i18n/locales';
import { translator } from '../i18n/messages';
import { EMBED_WIDTH, type EmbedTarget } from './embed-code';

/**
 * Lines a text takes at a width, wrapped word by word as a browser does, from
 * the average width of a Latin character in its style (measured, rounded up).
 */
function lines(text: string, width: number, charWidth: number): number {
  let count = 1;
  let line = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const wordWidth = latinLength(word) * charWidth;
    const next = line === 0 ? wordWidth : line + charWidth + wordWidth;
    if (next <= width) line = next;
    else if (line === 0) {
      // A word longer than the line breaks where it must.
      count += Math.ceil(wordWidth / width) - 1;
      line = wordWidth % width;
    } else {
      count += 1;
      line = wordWidth;
    }
  }
  return count;
}

/** Legend entries sit side by side (swatch, gap, text) and wrap as units; a long one wraps inside. */
function legendLines(entries: readonly string[], width: number): number {
  const CHAR = 7.9;
  const SWATCH = 34;
  const GAP = 20;
  let count = 0;
  let line = 0;
  for (const entry of entries) {
    const entryWidth = SWATCH + latinLength(entry) * CHAR;
    if (entryWidth > width) {
      count += (line > 0 ? 1 : 0) + lines(entry, width - SWATCH, CHAR);
      line = 0;
    } else if (line > 0 && line + GAP + entryWidth <= width) line += GAP + entryWidth;
    else {
      count += line > 0 ? 1 : 0;
      line = entryWidth;
    }
  }
  return count + (line > 0 ? 1 : 0);
}

/**
 * The embed's height at EMBED_WIDTH, estimated from its parts as laid out by
 * lib/embed/embed-css.ts and components/charts/chart-figure.css, in the
 * embed's language (tested against the real height in Chromium, in every
 * language). An iframe needs a height up front; an estimate that errs
 * slightly tall shows everything even without a resizing script.
 */
export function estimateEmbedHeight(
  model: ChartModel,
  locale: Locale,
  width = EMBED_WIDTH,
): number {
  const t = translator(locale, 'ChartFigure');
  const content = width - 24;
  const variant = content >= WIDE_VARIANT_MIN_WIDTH ? 'wide' : 'narrow';
  const scale = content / variantWidth[variant];
  let height = 12 + 8;
  height += lines(model.title, content, 12.2) * 26 + 6;
  height += lines(model.subtitle, content, 8.4) * 24 + 12;
  for (const panel of model.panels) {
    if (panel.title) height += lines(panel.title, content, 9) * 23 + 12;
    height += panelHeight(panel, variant) * scale;
  }
  height +=
    legendLines(
      model.legend.map((entry) => entry.text),
      content,
    ) *
      24 +
    14;
  // Corrections and notes are folded into one summary line (components/charts/chart-figure.tsx).
  if (model.corrections.length + model.notes.length > 0) height += 32;
  const sources = `${t('sources', { count: model.sources.length })} ${model.sources.map((source) => source.line).join('; ')} · ${t('dataLinks')}`;
  height += lines(sources, content, 7.5) * 21 + 12;
  height += 28;
  return Math.ceil(height / 10) * 10;
}

/** What an embed code needs of a chart, sized for its language. */
export const embedTarget = (model: ChartModel, locale: Locale): EmbedTarget => ({
  slug: model.slug,
  locale,
  title: model.title,
  height: estimateEmbedHeight(model, locale),
});
