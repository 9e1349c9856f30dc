'use client';

import type { BakedChartPanel } from '@/lib/charts/baked-store';
import { chartVariants, type ChartVariant } from '@/lib/charts/dimensions';
import type { Locale } from '@/lib/i18n/locales';
import { ChartPanelFrame } from './chart-panel-frame';

export interface BakedPanelLayout {
  id: string;
  title: string | null;
  /** The sizes to put in the HTML, each with its dimensions. */
  sizes: Partial<Record<ChartVariant, { width: number; height: number }>>;
}

type BakedFile = { panels: BakedChartPanel[] };
const bakedFiles = new Map<string, BakedFile>();

/**
 * The baked SVG of a panel, read only while rendering on the server. Next
 * replaces `typeof window` at compile time, so this branch is not in any
 * browser bundle, and the markup is not repeated in the page's RSC payload:
 * it is in the HTML once. The file is read synchronously through Node's
 * built-in fs (process.getBuiltinModule, Node 20.16+): an import or require
 * here would load a module asynchronously, suspend, and stream the chart
 * after the page, invisible without JavaScript.
 */
function serverMarkup(
  slug: string,
  locale: Locale,
  panelId: string,
  variant: ChartVariant,
): string {
  if (typeof window !== 'undefined') return '';
  const name = `generated/charts/${locale}/${slug}.json`;
  let file = bakedFiles.get(name);
  if (!file) {
    const fs = process.getBuiltinModule('node:fs');
    file = JSON.parse(fs.readFileSync(`${process.cwd()}/${name}`, 'utf8')) as BakedFile;
    bakedFiles.set(name, file);
  }
  const markup = file.panels.find((panel) => panel.id === panelId)?.[variant].svg;
  if (!markup) throw new Error(`${name} has no ${variant} panel "${panelId}"`);
  return markup;
}

/**
 * Both sizes of each baked panel; a container query shows the one that fits
 * (.chart-variant in globals.css). In the browser React keeps the server's
 * markup: an element with dangerouslySetInnerHTML is not re-rendered on
 * hydration. The site links with plain anchors (full loads of prerendered
 * pages), so every chart arrives with its server markup.
 */
export function BakedPanels({
  slug,
  locale,
  panels,
}: {
  slug: string;
  locale: Locale;
  panels: BakedPanelLayout[];
}) {
  return panels.map((panel) => (
    <ChartPanelFrame key={panel.id} title={panel.title}>
      {chartVariants
        .flatMap((variant) => {
          const size = panel.sizes[variant];
          return size ? [{ variant, size }] : [];
        })
        .map(({ variant, size }) => (
          <div
            key={variant}
            className={`chart-variant chart-variant-${variant}`}
            style={{ aspectRatio: `${size.width} / ${size.height}` }}
            // Markup baked at build time from data/ by our own components; no reader input reaches it.
            dangerouslySetInnerHTML={{ __html: serverMarkup(slug, locale, panel.id, variant) }}
            suppressHydrationWarning
          />
        ))}
    </ChartPanelFrame>
  ));
}
