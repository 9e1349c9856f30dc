import { claimFigureText, derivationText } from '../claims/claim-text';
import { claimHref } from '../links';
import type { Source } from '../data/schema';
import type { Locale } from '../i18n/locales';
import { translator } from '../i18n/messages';
import { labelledTranslation } from '../i18n/translation-label';
import type { Briefing } from '../model/briefing';
import type { ChartModel } from './types';

/** A verbatim quote, with the briefing's translation (labelled) in another language. */
export interface QuotedPassage {
  quote: string;
  translation: string | null;
}

/** One passage of a source behind a chart: what it gives, and the words. */
export interface ChartPassage {
  key: string;
  lead: string;
  quotes: QuotedPassage[];
  href: string;
}

/** A figure the briefing calculated for the chart, with its working. */
export interface ChartCalculation {
  key: string;
  lead: string;
  working: string;
  note: string;
  href: string;
}

export interface ChartSourcesData {
  sources: { source: Source; passages: ChartPassage[] }[];
  calculations: ChartCalculation[];
}

/** A chart's Sources section as data: each source with the passages behind what the chart shows. */
export function chartSourcesData(
  briefing: Briefing,
  model: ChartModel,
  locale: Locale,
): ChartSourcesData {
  const words = briefing.words(locale);
  const lead = (id: string) => {
    const claim = briefing.claim(id);
    return translator(locale, 'Row')('figure', {
      figure: claimFigureText(claim, locale),
      label: words.measureLabel(claim.measure),
    });
  };
  const shown = model.table.rows.map((row) => row.key);
  const claims = model.kind === 'timeline' ? [] : shown.map((id) => briefing.claim(id));
  const events = model.eventIds.map((id) => briefing.event(id));
  const sources = model.sources.map(({ id: sourceId }) => {
    const passages: ChartPassage[] = [
      ...claims.flatMap((claim) =>
        claim.qualifier !== 'derived' && claim.sourceId === sourceId
          ? [
              {
                key: claim.id,
                lead: lead(claim.id),
                quotes: [
                  {
                    quote: claim.quote,
                    translation: labelledTranslation(
                      words.quoteTranslation({ kind: 'claim', id: claim.id }),
                      locale,
                    ),
                  },
                ],
                href: claimHref(claim.id, locale),
              },
            ]
          : [],
      ),
      ...events.flatMap((event) =>
        event.citations
          .filter((citation) => citation.sourceId === sourceId)
          .map((citation) => ({
            key: event.id,
            lead: words.eventTitle(event.id),
            quotes: citation.quotes.map((quote, index) => ({
              quote,
              translation: labelledTranslation(
                words.quoteTranslation({ kind: 'event', id: event.id, sourceId, index }),
                locale,
              ),
            })),
            href: briefing.eventHref(event.id, locale),
          })),
      ),
    ];
    return { source: briefing.source(sourceId), passages };
  });
  const calculations: ChartCalculation[] = claims.flatMap((claim) =>
    claim.qualifier === 'derived'
      ? [
          {
            key: claim.id,
            lead: lead(claim.id),
            working: derivationText(claim, locale) ?? '',
            note: words.derivedNote(claim.id),
            href: claimHref(claim.id, locale),
          },
        ]
      : [],
  );
  return { sources, calculations };
}
