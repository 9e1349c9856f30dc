import { entryCarriesHedge, hedgesInQuote } from './hedges';
import type { Report } from './problems';

/** Rules for the briefing's own words about an entry: no figures, and the source's hedges kept. */

/**
 * The first figure in a piece of prose, or null: a numeral not part of a
 * model designation (Mi-171A2, JF-17), or a number word.
 */
export function figureInProse(text: string): string | null {
  const numeral = /(?:^|[^A-Za-z0-9-])(\d[\d,.]*)/.exec(text);
  if (numeral?.[1]) return numeral[1];
  const word =
    /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|millions?|billions?)\b/i.exec(
      text,
    );
  return word?.[1] ?? null;
}

/**
 * Prose in data/ (labels, summaries, notes) carries no figures: a number
 * typed there would bypass its claim, its check and the formatter, and go
 * stale when the claim changes.
 */
export function checkNoFigures(text: string, report: Report, field: string) {
  const figure = figureInProse(text);
  if (figure) {
    report({
      field,
      message: `contains the figure "${figure}": put figures in claims and link them with claimIds`,
    });
  }
}

/**
 * A hedge or attribution in a quote must survive in the entry's own words
 * (lib/data/hedges.ts). An approximation may instead be carried by the
 * figure's qualifier, which every surface prints as "about".
 */
export function checkHedges(
  quote: string,
  ownWords: string,
  approximateFigure: boolean,
  report: Report,
  field: string,
) {
  for (const { kind, word } of hedgesInQuote(quote)) {
    if (kind === 'approximation' && approximateFigure) continue;
    if (entryCarriesHedge(ownWords, kind)) continue;
    report({
      field,
      message: `the quote says "${word}" (${kind}): say it too, or the entry claims more than its source`,
    });
  }
}
