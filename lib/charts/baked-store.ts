import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locale } from '../i18n/locales';
import type { ChartVariant } from './dimensions';

/**
 * Reads what scripts/build-briefing.ts wrote. Server only, at build time:
 * every page that shows a chart is prerendered.
 */
export interface BakedVariant {
  svg: string;
  width: number;
  height: number;
}

export type BakedChartPanel = { id: string; title: string | null } & Record<
  ChartVariant,
  BakedVariant
>;

const GENERATED = path.join(process.cwd(), 'generated');

function read(file: string): Buffer {
  try {
    return readFileSync(path.join(GENERATED, file));
  } catch {
    throw new Error(
      `generated/${file} is missing: run "npm run briefing" (it runs before every build)`,
    );
  }
}

/** Where each language's baked files are: generated/<kind>/<locale>/<slug>.<extension>. */
export const bakedFile = (kind: 'charts' | 'images' | 'embeds', locale: Locale, name: string) =>
  path.join(kind, locale, name);

export function readBakedPanels(slug: string, locale: Locale): BakedChartPanel[] {
  return (
    JSON.parse(read(bakedFile('charts', locale, `${slug}.json`)).toString('utf8')) as {
      panels: BakedChartPanel[];
    }
  ).panels;
}

export function readBakedImage(slug: string, format: 'svg' | 'png', locale: Locale): Buffer {
  return read(bakedFile('images', locale, `${slug}.${format}`));
}

export function readBakedEmbed(slug: string, locale: Locale): string {
  return read(bakedFile('embeds', locale, `${slug}.html`)).toString('utf8');
}

/** A baked PNG's size in pixels, from its IHDR chunk (bytes 16–23), for Open Graph. */
export function readBakedImageSize(
  slug: string,
  locale: Locale,
): { width: number; height: number } {
  const png = readBakedImage(slug, 'png', locale);
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
