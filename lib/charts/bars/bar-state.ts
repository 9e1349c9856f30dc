import type { Claim, Dataset } from '../../data/dataset';
import type { Unit } from '../../data/vocabulary';
import { formatDateRef, hasYearFromContext, YEAR_FROM_CONTEXT_NOTE } from '../../format/date';
import { qualifierLabels, qualifierNotes } from '../../format/qualifier';
import { valueAxis } from '../axis';
import type { ChartSlug } from '../catalogue';
import { qualifierLegend } from '../legend';
import {
  chartSources,
  claimById,
  claimCreditLine,
  claimFigureText,
  claimHref,
  claimProvenance,
  derivationText,
  statedOnOf,
} from '../provenance';
import type { BarDatum, BarPanel, ChartModel } from '../types';

/** One bar: the claim it draws and the short label above it. */
export interface BarSpec {
  claimId: string;
  label: string;
  annotation?: string;
}

export interface BarPanelSpec {
  id: string;
  title: string | null;
  bars: BarSpec[];
}

export interface BarChartSpec {
  slug: ChartSlug;
  title: string;
  subtitle: string;
  panels: BarPanelSpec[];
  /** Claims the chart reports in its notes rather than as bars (a change, a share). */
  noteClaimIds?: string[];
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

export function barDatum(dataset: Dataset, spec: BarSpec): BarDatum {
  const claim = claimById(dataset, spec.claimId);
  const figure = claim.figure;
  return {
    key: claim.id,
    claimId: claim.id,
    label: spec.label,
    qualifier: claim.qualifier,
    value: figure.kind === 'point' ? figure.value : figure.low,
    high: figure.kind === 'range' ? figure.high : null,
    valueText: barValueText(claim),
    annotation: spec.annotation ?? null,
    provenance: claimProvenance(dataset, claim),
    href: claimHref(claim.id),
  };
}

export function barPanel(dataset: Dataset, spec: BarPanelSpec): BarPanel {
  const bars = spec.bars.map((bar) => barDatum(dataset, bar));
  const units = new Set<Unit>(spec.bars.map((bar) => claimById(dataset, bar.claimId).unit));
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

function barNote(claim: Claim, label: string): string | null {
  if (claim.qualifier === 'stated') return null;
  const head = `${label}, ${barValueText(claim)}`;
  if (claim.qualifier === 'derived') {
    return `${head} — ${qualifierNotes.derived} ${derivationText(claim)}. ${claim.note}`;
  }
  return `${head} — ${qualifierNotes[claim.qualifier]}`;
}

function noteForClaim(claim: Claim): string {
  const figure = claimFigureText(claim);
  if (claim.qualifier === 'derived') {
    return `${claim.label}: ${figure}, the briefing’s calculation: ${derivationText(claim)}. ${claim.note}`;
  }
  return `${claim.label}, ${formatDateRef(claim.when)}: ${figure}.`;
}

export function buildBarChart(dataset: Dataset, spec: BarChartSpec): ChartModel {
  const panels = spec.panels.map((panel) => barPanel(dataset, panel));
  const barClaims = spec.panels.flatMap((panel) =>
    panel.bars.map((bar) => ({ claim: claimById(dataset, bar.claimId), bar })),
  );
  const noteClaims = (spec.noteClaimIds ?? []).map((id) => claimById(dataset, id));
  const claims = [...barClaims.map(({ claim }) => claim), ...noteClaims];
  const sourceIds = [...new Set(claims.flatMap((claim) => claim.sourceIds))];

  const qualifiersShown = [...new Set(barClaims.map(({ claim }) => claim.qualifier))];
  const legend = [
    ...(qualifiersShown.includes('stated') || qualifiersShown.includes('record')
      ? [qualifierLegend.stated]
      : []),
    ...qualifiersShown.filter((q) => q !== 'stated').map((q) => qualifierLegend[q]),
  ];

  const describedPanels = panels.map((panel) => {
    const items = panel.bars
      .map((bar) => `${bar.label}: ${bar.valueText}${bar.annotation ? ` (${bar.annotation})` : ''}`)
      .join('; ');
    return panel.title ? `${panel.title}: ${items}.` : `${items}.`;
  });
  const description = `${spec.title}. ${
    panels.length > 1 ? `${panels.length} bar panels. ` : 'Bar chart. '
  }${describedPanels.join(' ')}${noteClaims.length > 0 ? ` ${noteClaims.map(noteForClaim).join(' ')}` : ''}`;

  const notes = [
    ...barClaims
      .map(({ claim, bar }) => barNote(claim, bar.label))
      .filter((note): note is string => note !== null),
    ...noteClaims.map(noteForClaim),
    ...(claims.some(
      (claim) =>
        hasYearFromContext(claim.when) || hasYearFromContext(statedOnOf(claim) ?? claim.when),
    )
      ? [YEAR_FROM_CONTEXT_NOTE]
      : []),
  ];

  return {
    slug: spec.slug,
    title: spec.title,
    subtitle: spec.subtitle,
    panels,
    legend,
    description,
    notes,
    claimIds: claims.map((claim) => claim.id),
    eventIds: [],
    sources: chartSources(dataset, sourceIds),
    table: {
      columns: ['Figure', 'Value', 'Qualifier', 'Refers to', 'Source'],
      linkColumns: [0, 1],
      rows: claims.map((claim) => ({
        key: claim.id,
        href: claimHref(claim.id),
        cells: [
          claim.label,
          claimFigureText(claim),
          qualifierLabels[claim.qualifier],
          formatDateRef(claim.when),
          claimCreditLine(dataset, claim).replace(/^Source: /, ''),
        ],
      })),
    },
  };
}
