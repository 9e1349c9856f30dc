import { readFileSync } from 'node:fs';
import opentype from 'opentype.js';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { units } from '../../data/vocabulary';
import { formatAmount, formatRange } from '../../format/figure';
import { messages } from '../../i18n/messages';
import { locales } from '../../i18n/locales';
import { dataWords } from '../../i18n/words';
import { loadBriefing } from '../../model/load';
import { IMAGE_FONT_FAMILY, imageFontFiles } from './image-fonts';

/** Every string of a messages file. */
const leaves = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Object.values(value as Record<string, unknown>).flatMap(leaves);

describe('the chart images’ fonts', () => {
  it('cover every character the images can draw, in every language', async () => {
    const fonts = imageFontFiles.map((file) => opentype.parse(readFileSync(file).buffer));
    const { dataset } = await loadBriefing();
    const strings = locales.flatMap((locale) => {
      const words = dataWords(dataset, locale);
      return [
        ...leaves(messages[locale]),
        ...dataset.measures.flatMap((m) => [
          words.measureLabel(m.id),
          words.measureShortLabel(m.id),
        ]),
        ...dataset.measures.map((m) =>
          words.measureSentence(m.id, { figure: '', period: '', count: 1 }),
        ),
        ...dataset.charts.map((c) => words.chartTitle(c.slug)),
        ...dataset.sources.map((s) => words.sourceTitle(s.id)),
        ...dataset.events.flatMap((e) => [
          words.eventTitle(e.id),
          ...e.actors.flatMap((actor) => actor.spellings.map((s) => words.name(s.name))),
        ]),
        ...dataset.claims.map((c) =>
          c.qualifier === 'derived' ? words.derivedNote(c.id) : c.asPrinted,
        ),
        // The formatter's own words and signs, on every scale: "বিলিয়ন", "млрд", "−", no-break spaces.
        ...units.flatMap((unit) =>
          [-2e9, 3.5e6, 2777, 95.8].map((value) => formatAmount(value, unit, locale)),
        ),
        ...units.map((unit) => formatRange(1.2e7, 1.4e7, unit, locale)),
      ];
    });
    const characters = new Set([...strings.join('')].filter((c) => !/[\n\t]/.test(c)));
    // Latin, Cyrillic, Bengali and punctuation: a guard that the strings were read at all.
    expect(characters.size).toBeGreaterThan(150);
    const missing = [...characters].filter(
      (character) =>
        !/[\n\t]/.test(character) && fonts.every((font) => font.charToGlyphIndex(character) === 0),
    );
    expect(missing.map((c) => `U+${c.codePointAt(0)?.toString(16).toUpperCase()} ${c}`)).toEqual(
      [],
    );
  });

  it('draw Bangla in the default family through resvg’s fallback, not as boxes', () => {
    const render = (family: string, fontFiles: string[]) =>
      new Resvg(
        `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="40"><text x="4" y="28" font-size="20" font-family="${family}">বাংলাদেশ ২০২৪</text></svg>`,
        { font: { fontFiles, defaultFontFamily: IMAGE_FONT_FAMILY, loadSystemFonts: false } },
      )
        .render()
        .asPng();
    const all = imageFontFiles;
    const latinOnly = all.slice(0, 3);
    const fallback = render(IMAGE_FONT_FAMILY, all);
    // The same pixels as naming the Bengali font itself, and not those of Inter alone.
    expect(Buffer.compare(fallback, render('Noto Sans Bengali', all))).toBe(0);
    expect(Buffer.compare(fallback, render(IMAGE_FONT_FAMILY, latinOnly))).not.toBe(0);
  });
});
