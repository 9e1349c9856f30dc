import type { Claim } from '../data/dataset';
import type { ChartDeclaration } from '../data/schema';
import { hasYearFromContext } from '../format/date';
import { yearFromContextNote } from '../format/date-ref';
import { formatIsoDay } from '../format/date';
import { unitWords } from '../format/qualifier';
import { statedOnOf } from '../claims/claim-text';
import { locales, type Locale } from '../i18n/locales';
import { translator } from '../i18n/messages';
import { localePath } from '../i18n/paths';
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

/**
 * Every chart, from its declaration in data/charts.ts and the claims of its
 * measures, in every language: built once when data/ is compiled and shared
 * by the pages, the routes, the bake and the downloads.
 */

const words = (locale: Locale) => translator(locale, 'Chart');

/** The drawn values of a group: the most widely reported first, at most MAX_VALUES_DRAWN. */
const drawnValues = (group: ClaimGroup) => group.values.slice(0, MAX_VALUES_DRAWN);

/** A bar's label: what the chart needs to tell bars apart, and the source where sources differ. */
function barLabel(
  briefing: Briefing,
  base: string,
  group: ClaimGroup,
  valueIndex: number,
  locale: Locale,
) {
  const value = group.values[valueIndex];
  const source =
    group.agreement === 'differs' && value ? valueSourceNames(briefing, value, locale) : null;
  return (
    [base, source].filter(Boolean).join(' · ') ||
    briefing.words(locale).measureShortLabel(group.measureId)
  );
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
  locale: Locale,
): Drawn {
  const groups = briefing.groupsOf(chart.measure);
  const annotationGroups = chart.annotations.flatMap((id) => briefing.groupsOf(id));
  const dataWords = briefing.words(locale);
  const bars: BarSpec[] = groups.flatMap((group) =>
    drawnValues(group).map((value, index) => ({
      value,
      label: barLabel(briefing, groupPeriodText(briefing, group, locale), group, index, locale),
      annotations: annotationGroups
        .filter((other) => other.period === group.period)
        .map((other) => {
          const figure = groupValueText(briefing, other, locale);
          return (
            dataWords.measureAnnotation(other.measureId, figure) ??
            words(locale)('annotation', {
              label: dataWords.measureShortLabel(other.measureId),
              figure,
            })
          );
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
  locale: Locale,
): Drawn {
  const dataWords = briefing.words(locale);
  // One panel per unit, in the order the measures are declared.
  const byUnit = new Map<string, string[]>();
  for (const id of chart.measures) {
    const unit = briefing.measure(id).unit;
    byUnit.set(unit, [...(byUnit.get(unit) ?? []), id]);
  }
  const groups: ClaimGroup[] = [];
  const panels = [...byUnit.values()].map((measureIds): BarPanelSpec => {
    const several = measureIds.length > 1;
    const bars = measureIds.flatMap((id) => {
      const measure = briefing.measure(id);
      const measureGroups = briefing.groupsOf(id);
      groups.push(...measureGroups);
      return measureGroups.flatMap((group) => {
        const period =
          measure.period === 'year' || measureGroups.length > 1
            ? groupPeriodText(briefing, group, locale)
            : '';
        const base = [several ? dataWords.measureShortLabel(id) : null, period || null]
          .filter(Boolean)
          .join(', ');
        return drawnValues(group).map((value, index) => ({
          value,
          label: barLabel(briefing, base, group, index, locale),
          annotations: [],
        }));
      });
    });
    const title =
      byUnit.size > 1
        ? words(locale)('panelTitle', {
            measures: measureIds.map((id) => dataWords.measureLabel(id)).join('; '),
            unit: unitWords(briefing.measure(measureIds[0] ?? '').unit, locale),
          })
        : null;
    return { id: measureIds.join('-'), title, bars };
  });
  return { panels, groups, noted: chart.noted.flatMap((id) => briefing.groupsOf(id)) };
}

/** The latest group of a measure: the one a subtitle states. */
const latest = (groups: readonly ClaimGroup[]) => groups.at(-1);

function subtitleFor(
  briefing: Briefing,
  chart: ChartDeclaration,
  drawn: Drawn,
  locale: Locale,
): string {
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
      ...(main ? [groupSentence(briefing, main, locale)] : []),
      ...annotations.map((group) => groupSentence(briefing, group, locale)),
      ...(calculated.length > 0
        ? [
            words(locale)('calculatedPeriods', {
              periods: calculated
                .map((group) => groupPeriodText(briefing, group, locale))
                .join(', '),
            }),
          ]
        : []),
    ].join(' ');
  }
  if (chart.kind !== 'comparison') return '';
  return [...chart.measures, ...chart.noted]
    .flatMap((id) => {
      const group = latest(briefing.groupsOf(id));
      return group ? [groupSentence(briefing, group, locale)] : [];
    })
    .join(' ');
}

function buildBars(
  briefing: Briefing,
  chart: Exclude<ChartDeclaration, { kind: 'timeline' }>,
  locale: Locale,
) {
  const t = words(locale);
  const drawn =
    chart.kind === 'time-series'
      ? drawTimeSeries(briefing, chart, locale)
      : drawComparison(briefing, chart, locale);
  const panels: BarPanel[] = drawn.panels.map((panel) => barPanel(briefing, panel, locale));
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

  const describedPanels = panels.map((panel) =>
    t('describedPanel', {
      titled: panel.title ? 'yes' : 'no',
      title: panel.title ?? '',
      items: panel.bars
        .map((bar) =>
          t('describedBar', {
            label: bar.label,
            value: bar.valueText,
            annotated: bar.annotation ? 'yes' : 'no',
            annotation: bar.annotation ?? '',
          }),
        )
        .join('; '),
    }),
  );
  const notedTexts = notedClaims.map((claim) => notedClaimText(briefing, claim, locale));

  const notes = [
    ...barClaims
      .map(({ claim, label }) => barNote(briefing, claim, label, locale))
      .filter((note): note is string => note !== null),
    ...(chart.kind === 'comparison' ? notedTexts : []),
    ...differing.map((group) => differsNote(briefing, group, locale)),
    ...(undrawn > 0 ? [t('undrawn', { count: undrawn })] : []),
    ...(shownClaims.some(
      (claim) =>
        hasYearFromContext(claim.when) || hasYearFromContext(statedOnOf(claim) ?? claim.when),
    )
      ? [yearFromContextNote(locale)]
      : []),
  ];

  return {
    panels,
    legend: barLegend(
      barClaims.map(({ claim }) => claim),
      locale,
    ),
    description: t('barDescription', {
      title: briefing.words(locale).chartTitle(chart.slug),
      panels: panels.length,
      body: [...describedPanels, ...notedTexts].join(' '),
    }),
    notes,
    subtitle: subtitleFor(briefing, chart, drawn, locale),
    claimIds: [...new Set(allClaims.map((claim) => claim.id))],
    sourceIds: sourceIds.length > 0 ? sourceIds : drawnSourceIds,
    tableRows: shownClaims.map((claim) => barTableRow(briefing, claim, locale)),
    sourcesDiffer: differing.length > 0,
  };
}

export function buildChart(
  briefing: Briefing,
  chart: ChartDeclaration,
  locale: Locale,
): ChartModel {
  const base =
    chart.kind === 'timeline'
      ? buildTimeline(briefing, { slug: chart.slug, markerEventId: chart.markerEvent }, locale)
      : (() => {
          const bars = buildBars(briefing, chart, locale);
          return {
            slug: chart.slug,
            kind: chart.kind,
            title: briefing.words(locale).chartTitle(chart.slug),
            subtitle: bars.subtitle,
            panels: bars.panels,
            legend: bars.legend,
            description: bars.description,
            notes: bars.notes,
            claimIds: bars.claimIds,
            eventIds: [],
            sources: bars.sourceIds.map((id) => ({
              id,
              line: briefing.sourceLine(id, locale),
              href: localePath(`/sources/${id}`, locale),
            })),
            table: {
              columns: barTableColumns(locale),
              linkColumns: [0, 1],
              rows: bars.tableRows,
            },
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
      text: words(locale)('corrected', {
        date: formatIsoDay(correction.date, locale),
        change: briefing.words(locale).correction(correction.id).change,
      }),
    })),
  };
}

/** Every chart in every language: the same charts, drawn from the same claims. */
export type ChartsByLocale = Record<Locale, ChartModel[]>;

export function buildCharts(briefing: Briefing): ChartsByLocale {
  return Object.fromEntries(
    locales.map((locale) => [
      locale,
      briefing.dataset.charts.map((chart) => buildChart(briefing, chart, locale)),
    ]),
  ) as ChartsByLocale;
}
