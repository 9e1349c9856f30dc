import type { Claim } from '../data/dataset';
import type { Figure } from '../data/figure';
import { dateRefTime } from '../data/order';
import type { Measure } from '../data/schema';

/**
 * Claims that give a value of the same measure for the same period: they
 * agree (one value), repeat it (one value, several sources) or differ.
 * What "the same period" means comes from the measure (lib/data/vocabulary.ts,
 * periodKinds): the calendar year, "as of the article", or the event's date.
 */
export type Agreement = 'single' | 'repeated' | 'differs';

/** One value within a group, with every claim (and so every source) that gives it. */
export interface GroupValue {
  claimIds: string[];
  sourceIds: string[];
  /** The first claim giving this value: its qualifier, figure and words stand for the rest. */
  claimId: string;
}

export interface ClaimGroup {
  /** `<measure>@<period>`: the CSV's `period_group` column. */
  key: string;
  measureId: string;
  /** "2024", "as-of", "2026-01-16", "undated". */
  period: string;
  /** For ordering: ms of the period's start, null when undated. */
  time: number | null;
  /** The distinct values, the most widely reported first. */
  values: GroupValue[];
  agreement: Agreement;
}

/** Two claims give the same value when qualifier and figure are the same. */
function valueKey(claim: Claim): string {
  const figure: Figure = claim.figure;
  const approximate = claim.derivation?.approximate ? '~' : '';
  return figure.kind === 'point'
    ? `${claim.qualifier}${approximate}:${figure.value}`
    : `${claim.qualifier}${approximate}:${figure.low}-${figure.high}`;
}

export function periodKey(claim: Claim, measure: Measure): string {
  if (measure.period === 'as-of') return 'as-of';
  return claim.when.precision === 'none' ? 'undated' : claim.when.date;
}

export function groupClaims(claims: readonly Claim[], measures: ReadonlyMap<string, Measure>) {
  const groups = new Map<string, { measureId: string; period: string; claims: Claim[] }>();
  for (const claim of claims) {
    const measure = measures.get(claim.measure);
    if (!measure) continue;
    const period = periodKey(claim, measure);
    const key = `${measure.id}@${period}`;
    const group = groups.get(key) ?? { measureId: measure.id, period, claims: [] };
    group.claims.push(claim);
    groups.set(key, group);
  }
  return [...groups.entries()].map(([key, group]): ClaimGroup => {
    const values = new Map<string, GroupValue>();
    for (const claim of group.claims) {
      const id = valueKey(claim);
      const value = values.get(id) ?? { claimIds: [], sourceIds: [], claimId: claim.id };
      value.claimIds.push(claim.id);
      for (const sourceId of claim.qualifier === 'derived' ? [] : claim.sourceIds) {
        if (!value.sourceIds.includes(sourceId)) value.sourceIds.push(sourceId);
      }
      values.set(id, value);
    }
    const ordered = [...values.values()].sort((a, b) => b.claimIds.length - a.claimIds.length);
    const first = group.claims[0];
    return {
      key,
      measureId: group.measureId,
      period: group.period,
      time: first && group.period !== 'as-of' ? dateRefTime(first.when) : null,
      values: ordered,
      agreement: ordered.length > 1 ? 'differs' : group.claims.length > 1 ? 'repeated' : 'single',
    };
  });
}

/** Oldest period first; "as of the article" and undated last. */
export function compareGroups(a: ClaimGroup, b: ClaimGroup): number {
  if (a.time === null && b.time === null) return 0;
  if (a.time === null) return 1;
  if (b.time === null) return -1;
  return a.time - b.time;
}
