import type { Claim } from '../../data/dataset';
import type { Unit } from '../../data/vocabulary';
import { formatCount, nouns } from '../../format/count';
import { formatDateRef } from '../../format/date-ref';
import { qualifierLabels, qualifierNotes } from '../../format/qualifier';
import {
  claimCreditLine,
  claimDateText,
  claimFigureText,
  derivationText,
  sourcesText,
} from '../../claims/claim-text';
import { claimHref } from '../../links';
import type { Briefing } from '../../model/briefing';
import type { GroupValue } from '../../model/groups';
import { valueAxis } from '../axis';
import { qualifierLegend } from '../legend';
import type { BarDatum, BarPanel, ChartTableRow, LegendEntry, MarkProvenance } from '../types';

/**
 * Bars from claim values: pure data, no pixels. One bar is one value of a
 * measure for one period, however many sources give it ("reported by 2
 * sources"); where sources give different values, each is a bar of its own,
 * labelled with its source (lib/model/groups.ts).
 */

/** One bar: a value (with every claim that gives it), its label and any annotation. */
export interface BarSpec {
  value: GroupValue;
  label: string;
  annotations: string[];
}

export interface BarPanelSpec {
  id: string;
  title: string | null;
  bars: BarSpec[];
}

/** Room beyond a "more than" bar for its open arrow, as a share of the value. */
const OPEN_END_ROOM = 1.2;

/** "more than 100", "12–14mn", "$32bn, a record", "1,418 (derived)". */
export function barValueText(claim: Claim): string {
  const figure = claimFigureText(claim);
  if (claim.qualifier === 'record') return `${figure}, ${qualifierLabels.record}`;
  if (claim.qualifier === 'derived') return `${figure} (derived)`;
  return figure;
}

/** Provenance of a bar: its first claim's words, credited to every source that gives the value. */
function barProvenance(briefing: Briefing, value: GroupValue): MarkProvenance {
  const claim = briefing.claim(value.claimId);
  const creditLine =
    value.sourceIds.length > 1
      ? `Reported by ${formatCount(value.sourceIds.length, nouns.source)}: ${sourcesText(briefing, value.sourceIds, 'line')}`
      : claimCreditLine(briefing, claim);
  return {
    heading: claim.label,
    dateText: claimDateText(claim),
    quote: claim.qualifier === 'derived' ? null : claim.quote,
    creditLine,
    derivationText: derivationText(claim),
    qualifierNote: qualifierNotes[claim.qualifier],
  };
}

export function barDatum(briefing: Briefing, spec: BarSpec): BarDatum {
  const claim = briefing.claim(spec.value.claimId);
  const figure = claim.figure;
  const sources = spec.value.sourceIds.length;
  const annotations = [
    ...spec.annotations,
    ...(sources > 1 ? [`reported by ${formatCount(sources, nouns.source)}`] : []),
  ];
  return {
    key: `${claim.id}`,
    claimId: claim.id,
    label: spec.label,
    qualifier: claim.qualifier,
    value: figure.kind === 'point' ? figure.value : figure.low,
    high: figure.kind === 'range' ? figure.high : null,
    valueText: barValueText(claim),
    annotation: annotations.length > 0 ? annotations.join(' · ') : null,
    provenance: barProvenance(briefing, spec.value),
    href: claimHref(claim.id),
  };
}

export function barPanel(briefing: Briefing, spec: BarPanelSpec): BarPanel {
  const bars = spec.bars.map((bar) => barDatum(briefing, bar));
  const units = new Set<Unit>(spec.bars.map((bar) => briefing.claim(bar.value.claimId).unit));
  const [unit] = units;
  if (!unit || units.size > 1) {
    throw new Error(
      `panel "${spec.id}" mixes units (${[...units].join(', ')}): give each its own panel`,
    );
  }
  const reach = Math.max(
    ...bars.map((bar) =>
      bar.high !== null
        ? bar.high
        : bar.qualifier === 'more-than'
          ? bar.value * OPEN_END_ROOM
          : bar.value,
    ),
  );
  return { kind: 'bars', id: spec.id, title: spec.title, unit, axis: valueAxis(reach, unit), bars };
}

/** The key: solid bars first, then every other qualifier the bars draw. */
export function barLegend(claims: readonly Claim[]): LegendEntry[] {
  const shown = [...new Set(claims.map((claim) => claim.qualifier))];
  return [
    ...(shown.includes('stated') || shown.includes('record') ? [qualifierLegend.stated] : []),
    ...shown.filter((q) => q !== 'stated').map((q) => qualifierLegend[q]),
  ];
}

/** A note for each bar that is not a plain stated figure. */
export function barNote(claim: Claim, label: string): string | null {
  if (claim.qualifier === 'stated') return null;
  const head = `${label}, ${barValueText(claim)}`;
  if (claim.qualifier === 'derived') {
    return `${head}: ${qualifierNotes.derived} ${derivationText(claim)}. ${claim.note}`;
  }
  return `${head}: ${qualifierNotes[claim.qualifier]}`;
}

/** A figure stated in the notes rather than drawn (a share calculated from the bars). */
export function notedClaimText(claim: Claim): string {
  const figure = claimFigureText(claim);
  if (claim.qualifier === 'derived') {
    return `${claim.label}: ${figure}, the briefing’s calculation: ${derivationText(claim)}. ${claim.note}`;
  }
  return `${claim.label}, ${formatDateRef(claim.when)}: ${figure}.`;
}

export const barTableColumns = ['Figure', 'Value', 'Qualifier', 'Refers to', 'Source'];

/** A row of the chart's data table for each claim, drawn or noted. */
export function barTableRow(briefing: Briefing, claim: Claim): ChartTableRow {
  return {
    key: claim.id,
    href: claimHref(claim.id),
    cells: [
      claim.label,
      claimFigureText(claim),
      qualifierLabels[claim.qualifier],
      formatDateRef(claim.when),
      claimCreditLine(briefing, claim).replace(/^Source: /, ''),
    ],
  };
}
