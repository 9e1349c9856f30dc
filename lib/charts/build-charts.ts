import type { Claim } from '../data/dataset';
import type { ChartDeclaration } from '../data/schema';
import { hasYearFromContext } from '../format/date';
import { yearFromContextNote } from '../format/date-ref';
import { statedOnOf } from '../claims/claim-text';
import type { Briefing } from '../model/briefing';
import type { ClaimGroup } from '../model/groups';
import {
  barLegend,
  barNote,
  barPanel,
  barTableColumns,
  barTableRow,
  notedClaimText,
  type BarPanelSpec,
  type BarSpec,
} from './bars/bar-state';
import {
  differsNote,
  groupPeriodText,
  groupSentence,
  groupValueText,
  MAX_VALUES_DRAWN,
  valueSourceNames,
} from './chart-words';
import { buildTimeline } from './timeline/timeline-state';
import type { BarPanel, ChartModel } from './types';
import { formatCount, nouns } from '../format/count';
import { formatIsoDay } from '../format/date';

/**
 * Every chart, from its declaration in data/charts.ts and the claims of its
 * measures: built once when data/ is compiled and shared by the pages, the
 * routes, the bake and the downloads.
 */

const unitWords = {
  count: 'number',
  permits: 'permits',
  people: 'people',
  percent: 'percent',
  usd: 'US dollars',
  mw: 'megawatts',
  tonnes: 'tonnes',
} as const;

/** The drawn values of a group: the most widely reported first, at most MAX_VALUES_DRAWN. */
const drawnValues = (group: ClaimGroup) => group.values.slice(0, MAX_VALUES_DRAWN);

/** A bar's label: what the chart needs to tell bars apart, and the source where sources differ. */
function barLabel(briefing: Briefing, base: string, group: ClaimGroup, valueIndex: number) {
  const value = group.values[valueIndex];
  const source = group.agreement === 'differs' && value ? valueSourceNames(briefing, value) : null;
  return [base, source].filter(Boolean).join(' · ') || briefing.measure(group.measureId).shortLabel;
}

interface Drawn {
  panels: BarPanelSpec[];
  /** Groups drawn, in order, for notes and the subtitle. */
  groups: ClaimGroup[];
  /** Groups stated only in the subtitle and notes. */
  noted: ClaimGroup[];
}

function drawTimeSeries(
  briefing: Briefing,
  chart: Extract<ChartDeclaration, { kind: 'time-series' }>,
): Drawn {
  const groups = briefing.groupsOf(chart.measure);
  const annotationGroups = chart.annotations.flatMap((id) => briefing.groupsOf(id));
  const bars: BarSpec[] = groups.flatMap((group) =>
    drawnValues(group).map((value, index) => ({
      value,
      label: barLabel(briefing, groupPeriodText(briefing, group), group, index),
      annotations: annotationGroups
        .filter((other) => other.period === group.period)
        .map((other) => {
          const measure = briefing.measure(other.measureId);
          const text = groupValueText(briefing, other);
          return (measure.annotation ?? `${measure.shortLabel} {figure}`).replace('{figure}', text);
        }),
    })),
  );
  return {
    panels: [{ id: chart.measure, title: null, bars }],
    groups,
    noted: annotationGroups,
  };
}

function drawComparison(
  briefing: Briefing,
  chart: Extract<ChartDeclaration, { kind: 'comparison' }>,
): Drawn {
  // One panel per unit, in the order the measures are declared.
  const byUnit = new Map<string, string[]>();
  for (const id of chart.measures) {
    const unit = briefing.measure(id).unit;
    byUnit.set(unit, [...(byUnit.get(unit) ?? []), id]);
  }
  const groups: ClaimGroup[] = [];
  const panels = [...byUnit.entries()].map(([unit, measureIds]): BarPanelSpec => {
    const several = measureIds.length > 1;
    const bars = measureIds.flatMap((id) => {
      const measure = briefing.measure(id);
      const measureGroups = briefing.groupsOf(id);
      groups.push(...measureGroups);
      return measureGroups.flatMap((group) => {
        const period =
          measure.period === 'year' || measureGroups.length > 1
            ? groupPeriodText(briefing, group)
            : '';
        const base = [several ? measure.shortLabel : null, period || null]
          .filter(Boolean)
          .join(', ');
        return drawnValues(group).map((value, index) => ({
          value,
          label: barLabel(briefing, base, group, index),
          annotations: [],
        }));
      });
    });
    const title =
      byUnit.size > 1
        ? `${measureIds.map((id) => briefing.measure(id).label).join('; ')} (${unitWords[unit as keyof typeof unitWords]})`
        : null;
    return { id: measureIds.join('-'), title, bars };
  });
  return { panels, groups, noted: chart.noted.flatMap((id) => briefing.groupsOf(id)) };
}

/** The latest group of a measure: the one a subtitle states. */
const latest = (groups: readonly ClaimGroup[]) => groups.at(-1);

function subtitleFor(briefing: Briefing, chart: ChartDeclaration, drawn: Drawn): string {
  if (chart.kind === 'time-series') {
    const main = latest(drawn.groups);
    const annotations = chart.annotations.flatMap((id) => {
      const group = briefing.groupsOf(id).find((g) => g.period === main?.period);
      return group ? [group] : [];
    });
    const calculated = drawn.groups.filter((group) =>
      group.values.every((value) => value.sourceIds.length === 0),
    );
    return [
      ...(main ? [groupSentence(briefing, main)] : []),
      ...annotations.map((group) => groupSentence(briefing, group)),
      ...(calculated.length > 0
        ? [
            `Not printed but calculated by the briefing: ${calculated.map((group) => groupPeriodText(briefing, group)).join(', ')}.`,
          ]
        : []),
    ].join(' ');
  }
  if (chart.kind !== 'comparison') return '';
  return [...chart.measures, ...chart.noted]
    .flatMap((id) => {
      const group = latest(briefing.groupsOf(id));
      return group ? [groupSentence(briefing, group)] : [];
    })
    .join(' ');
}

function buildBars(briefing: Briefing, chart: Exclude<ChartDeclaration, { kind: 'timeline' }>) {
  const drawn =
    chart.kind === 'time-series'
      ? drawTimeSeries(briefing, chart)
      : drawComparison(briefing, chart);
  const panels: BarPanel[] = drawn.panels.map((panel) => barPanel(briefing, panel));
  const barClaims = drawn.panels.flatMap((panel) =>
    panel.bars.map((bar) => ({ claim: briefing.claim(bar.value.claimId), label: bar.label })),
  );
  const notedClaims = drawn.noted.flatMap((group) =>
    drawnValues(group).map((value) => briefing.claim(value.claimId)),
  );
  const measureIds =
    chart.kind === 'time-series'
      ? [chart.measure, ...chart.annotations]
      : [...chart.measures, ...chart.noted];
  const allClaims: Claim[] = measureIds.flatMap((id) => briefing.claimsOfMeasure(id));
  const differing = [...drawn.groups, ...drawn.noted].filter((g) => g.agreement === 'differs');
  const undrawn = drawn.groups.reduce(
    (sum, group) => sum + Math.max(0, group.values.length - MAX_VALUES_DRAWN),
    0,
  );
  const shownClaims = [...barClaims.map(({ claim }) => claim), ...notedClaims];
  const sourceIds = [...new Set(shownClaims.flatMap((claim) => claim.sourceIds))];
  const drawnSourceIds = [
    ...new Set(drawn.groups.flatMap((group) => drawnValues(group).flatMap((v) => v.sourceIds))),
  ];

  const describedPanels = panels.map((panel) => {
    const items = panel.bars
      .map((bar) => `${bar.label}: ${bar.valueText}${bar.annotation ? ` (${bar.annotation})` : ''}`)
      .join('; ');
    return panel.title ? `${panel.title}: ${items}.` : `${items}.`;
  });

  const notes = [
    ...barClaims
      .map(({ claim, label }) => barNote(claim, label))
      .filter((note): note is string => note !== null),
    ...(chart.kind === 'comparison' ? notedClaims.map(notedClaimText) : []),
    ...differing.map((group) => differsNote(briefing, group)),
    ...(undrawn > 0
      ? [
          `${formatCount(undrawn, nouns.value)} more, from fewer sources, are not drawn: the table below the chart and its CSV have every figure.`,
        ]
      : []),
    ...(shownClaims.some(
      (claim) =>
        hasYearFromContext(claim.when) || hasYearFromContext(statedOnOf(claim) ?? claim.when),
    )
      ? [yearFromContextNote()]
      : []),
  ];

  return {
    panels,
    legend: barLegend(barClaims.map(({ claim }) => claim)),
    description: `${chart.title}. ${
      panels.length > 1 ? `${formatCount(panels.length, nouns.panel)} of bars. ` : 'Bar chart. '
    }${describedPanels.join(' ')}${notedClaims.length > 0 ? ` ${notedClaims.map(notedClaimText).join(' ')}` : ''}`,
    notes,
    subtitle: subtitleFor(briefing, chart, drawn),
    claimIds: [...new Set(allClaims.map((claim) => claim.id))],
    sourceIds: sourceIds.length > 0 ? sourceIds : drawnSourceIds,
    tableRows: shownClaims.map((claim) => barTableRow(briefing, claim)),
    sourcesDiffer: differing.length > 0,
  };
}

export function buildChart(briefing: Briefing, chart: ChartDeclaration): ChartModel {
  const base =
    chart.kind === 'timeline'
      ? buildTimeline(briefing, {
          slug: chart.slug,
          title: chart.title,
          markerEventId: chart.markerEvent,
        })
      : (() => {
          const bars = buildBars(briefing, chart);
          return {
            slug: chart.slug,
            kind: chart.kind,
            title: chart.title,
            subtitle: bars.subtitle,
            panels: bars.panels,
            legend: bars.legend,
            description: bars.description,
            notes: bars.notes,
            claimIds: bars.claimIds,
            eventIds: [],
            sources: bars.sourceIds.map((id) => ({
              id,
              line: briefing.sourceLine(id),
              href: `/sources/${id}`,
            })),
            table: { columns: barTableColumns, linkColumns: [0, 1], rows: bars.tableRows },
            sourcesDiffer: bars.sourcesDiffer,
            corrections: [],
          } satisfies ChartModel;
        })();
  // A chart is corrected when it is, or when a figure or event it shows is.
  const corrections = [
    ...briefing.correctionsOf('chart', chart.slug),
    ...base.claimIds.flatMap((id) => briefing.correctionsOf('claim', id)),
    ...base.eventIds.flatMap((id) => briefing.correctionsOf('event', id)),
  ];
  const unique = [...new Map(corrections.map((c) => [c.id, c])).values()].sort((a, b) =>
    a.date.localeCompare(b.date),
  );
  return {
    ...base,
    corrections: unique.map((correction) => ({
      date: correction.date,
      text: `Corrected on ${formatIsoDay(correction.date)}: ${correction.change}`,
    })),
  };
}

export function buildCharts(briefing: Briefing): ChartModel[] {
  return briefing.dataset.charts.map((chart) => buildChart(briefing, chart));
}
