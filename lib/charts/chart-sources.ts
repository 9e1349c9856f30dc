import { claimFigureText, derivationText } from '../claims/claim-text';
import { claimHref } from '../links';
import type { Source } from '../data/schema';
import type { Briefing } from '../model/briefing';
import type { ChartModel } from './types';

/** One passage of a source behind a chart: what it gives, and the words. */
export interface ChartPassage {
  key: string;
  lead: string;
  quotes: string[];
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
export function chartSourcesData(briefing: Briefing, model: ChartModel): ChartSourcesData {
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
                lead: `${claimFigureText(claim)}: ${claim.label}`,
                quotes: [claim.quote],
                href: claimHref(claim.id),
              },
            ]
          : [],
      ),
      ...events.flatMap((event) =>
        event.citations
          .filter((citation) => citation.sourceId === sourceId)
          .map((citation) => ({
            key: event.id,
            lead: event.title,
            quotes: citation.quotes,
            href: briefing.eventHref(event.id),
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
            lead: `${claimFigureText(claim)}: ${claim.label}`,
            working: derivationText(claim) ?? '',
            note: claim.note,
            href: claimHref(claim.id),
          },
        ]
      : [],
  );
  return { sources, calculations };
}
