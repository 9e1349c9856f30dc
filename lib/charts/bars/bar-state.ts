import type { Claim } from '../../data/dataset';
import type { Unit } from '../../data/vocabulary';
import { formatDateRef } from '../../format/date-ref';
import { qualifierLabel, qualifierNote } from '../../format/qualifier';
import {
  claimCreditLine,
  claimDateText,
  claimFigureText,
  claimSourcesText,
  derivationText,
  sourcesText,
} from '../../claims/claim-text';
import type { Locale } from '../../i18n/locales';
import { translator } from '../../i18n/messages';
import { labelledTranslation } from '../../i18n/translation-label';
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

const words = (locale: Locale) => translator(locale, 'Chart');

/** "more than 100", "12–14mn", "$32bn, a record", "1,418 (derived)". */
export function barValueText(claim: Claim, locale: Locale): string {
  const figure = claimFigureText(claim, locale);
  if (claim.qualifier === 'record') return words(locale)('recordValue', { figure });
  if (claim.qualifier === 'derived') return words(locale)('derivedValue', { figure });
  return figure;
}

/** A claim's label in the language: its measure's. */
const claimLabel = (briefing: Briefing, claim: Claim, locale: Locale) =>
  briefing.words(locale).measureLabel(claim.measure);

/** Provenance of a bar: its first claim's words, credited to every source that gives the value. */
function barProvenance(briefing: Briefing, value: GroupValue, locale: Locale): MarkProvenance {
  const claim = briefing.claim(value.claimId);
  const printed = claim.qualifier !== 'derived';
  const creditLine =
    value.sourceIds.length > 1
      ? words(locale)('reportedBy', {
          count: value.sourceIds.length,
          lines: sourcesText(briefing, value.sourceIds, 'line', undefined, locale),
        })
      : claimCreditLine(briefing, claim, locale);
  return {
    heading: claimLabel(briefing, claim, locale),
    dateText: claimDateText(claim, locale),
    quote: printed ? claim.quote : null,
    quoteTranslation: printed
      ? labelledTranslation(
          briefing.words(locale).quoteTranslation({ kind: 'claim', id: claim.id }),
          locale,
        )
      : null,
    creditLine,
    derivationLine: printed
      ? null
      : words(locale)('derivedLine', { working: derivationText(claim, locale) ?? '' }),
    qualifierNote: qualifierNote(claim.qualifier, locale),
  };
}

export function barDatum(briefing: Briefing, spec: BarSpec, locale: Locale): BarDatum {
  const claim = briefing.claim(spec.value.claimId);
  const figure = claim.figure;
  const sources = spec.value.sourceIds.length;
  const annotations = [
    ...spec.annotations,
    ...(sources > 1 ? [words(locale)('reportedByCount', { count: sources })] : []),
  ];
  return {
    key: `${claim.id}`,
    claimId: claim.id,
    label: spec.label,
    qualifier: claim.qualifier,
    value: figure.kind === 'point' ? figure.value : figure.low,
    high: figure.kind === 'range' ? figure.high : null,
    valueText: barValueText(claim, locale),
    annotation: annotations.length > 0 ? annotations.join(' · ') : null,
    provenance: barProvenance(briefing, spec.value, locale),
    href: claimHref(claim.id, locale),
  };
}

export function barPanel(briefing: Briefing, spec: BarPanelSpec, locale: Locale): BarPanel {
  const bars = spec.bars.map((bar) => barDatum(briefing, bar, locale));
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
  return {
    kind: 'bars',
    id: spec.id,
    title: spec.title,
    unit,
    axis: valueAxis(reach, unit, locale),
    bars,
  };
}

/** The key: solid bars first, then every other qualifier the bars draw. */
export function barLegend(claims: readonly Claim[], locale: Locale): LegendEntry[] {
  const shown = [...new Set(claims.map((claim) => claim.qualifier))];
  return [
    ...(shown.includes('stated') || shown.includes('record') ? ['stated' as const] : []),
    ...shown.filter((q) => q !== 'stated'),
  ].map((qualifier) => qualifierLegend(qualifier, locale));
}

/** A note for each bar that is not a plain stated figure. */
export function barNote(
  briefing: Briefing,
  claim: Claim,
  label: string,
  locale: Locale,
): string | null {
  if (claim.qualifier === 'stated') return null;
  const value = barValueText(claim, locale);
  const note = qualifierNote(claim.qualifier, locale);
  if (claim.qualifier === 'derived') {
    return words(locale)('derivedBarNote', {
      label,
      value,
      note,
      derivation: derivationText(claim, locale) ?? '',
      why: briefing.words(locale).derivedNote(claim.id),
    });
  }
  return words(locale)('barNote', { label, value, note });
}

/** A figure stated in the notes rather than drawn (a share calculated from the bars). */
export function notedClaimText(briefing: Briefing, claim: Claim, locale: Locale): string {
  const label = claimLabel(briefing, claim, locale);
  const figure = claimFigureText(claim, locale);
  if (claim.qualifier === 'derived') {
    return words(locale)('notedDerived', {
      label,
      figure,
      derivation: derivationText(claim, locale) ?? '',
      why: briefing.words(locale).derivedNote(claim.id),
    });
  }
  return words(locale)('notedFigure', { label, date: formatDateRef(claim.when, locale), figure });
}

export function barTableColumns(locale: Locale): string[] {
  const t = translator(locale, 'Columns');
  return [t('figure'), t('value'), t('qualifier'), t('refersTo'), t('source')];
}

/** A row of the chart's data table for each claim, drawn or noted. */
export function barTableRow(briefing: Briefing, claim: Claim, locale: Locale): ChartTableRow {
  return {
    key: claim.id,
    href: claimHref(claim.id, locale),
    cells: [
      claimLabel(briefing, claim, locale),
      claimFigureText(claim, locale),
      qualifierLabel(claim.qualifier, locale),
      formatDateRef(claim.when, locale),
      claimSourcesText(briefing, claim, locale),
    ],
  };
}
