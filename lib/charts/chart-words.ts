import {
  attributionOf,
  claimFigureInSentence,
  claimFigureText,
  sourcesText,
  statedOnOf,
} from '../claims/claim-text';
import { formatCount, nouns } from '../format/count';
import { formatDateRef } from '../format/date-ref';
import type { Briefing } from '../model/briefing';
import type { ClaimGroup, GroupValue } from '../model/groups';

/**
 * The sentences a chart says about its figures, generated from the claims
 * each time the site is built: a measure's `sentence` with the group's figure
 * and period filled in, the source's own attribution kept, the articles named
 * where several give a figure, and every value where they differ.
 */

/** At most this many distinct values of one period are drawn; the rest are in the table and CSV. */
export const MAX_VALUES_DRAWN = 3;

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Attributions that open a sentence in the article read lower-case after a comma. */
const leadingWords = /^(According|Reportedly|Officially|Allegedly)\b/;
const afterComma = (attribution: string) =>
  leadingWords.test(attribution)
    ? attribution.charAt(0).toLowerCase() + attribution.slice(1)
    : attribution;

/** The period a group refers to, as text: "2024", "16 January [2026]", or '' for "as of the article". */
export function groupPeriodText(briefing: Briefing, group: ClaimGroup): string {
  if (group.period === 'as-of' || group.period === 'undated') return '';
  const first = group.values[0];
  return first ? formatDateRef(briefing.claim(first.claimId).when) : '';
}

/** "IntelliNews and Monitor Desk", or the briefing for a calculated value. */
export function valueSourceNames(briefing: Briefing, value: GroupValue): string {
  if (value.sourceIds.length === 0) return 'the briefing’s calculation';
  return sourcesText(briefing, value.sourceIds, 'name', 2);
}

/** Every value of a differing group with its sources and dates: "about 30 (IntelliNews, 29 January 2026)". */
export function differingValuesText(briefing: Briefing, group: ClaimGroup): string {
  const shown = group.values.slice(0, MAX_VALUES_DRAWN).map((value) => {
    const claim = briefing.claim(value.claimId);
    // At most two sources by name, so the sentence stays short however many repeat a value.
    const who =
      value.sourceIds.length === 0
        ? 'the briefing’s calculation'
        : sourcesText(briefing, value.sourceIds, 'line', 2);
    const attribution = attributionOf(claim);
    return `${claimFigureInSentence(claim)} (${who}${attribution ? `, “${attribution}”` : ''})`;
  });
  const rest = group.values.length - shown.length;
  return rest > 0
    ? `${shown.join(', ')} or ${formatCount(rest, nouns.value)} more`
    : shown.join(' or ');
}

/** One sentence stating a group's value(s), from its measure's `sentence`. */
export function groupSentence(briefing: Briefing, group: ClaimGroup): string {
  const measure = briefing.measure(group.measureId);
  const [first] = group.values;
  if (!first) return '';
  const claim = briefing.claim(first.claimId);
  const period = groupPeriodText(briefing, group);
  const fill = (figure: string) =>
    measure.sentence.replace('{figure}', figure).replace('{period}', period);

  if (group.agreement === 'differs') {
    return `${capitalise(fill(differingValuesText(briefing, group)))}: the sources differ.`;
  }
  const attribution = attributionOf(claim);
  const statedOn = statedOnOf(claim);
  const tail = [
    attribution ? `, ${afterComma(attribution)}` : '',
    statedOn ? `${attribution ? '' : ', stated'} on ${formatDateRef(statedOn)}` : '',
    first.sourceIds.length > 1 ? ` (reported by ${valueSourceNames(briefing, first)})` : '',
    claim.qualifier === 'derived' ? ' (the briefing’s calculation)' : '',
  ].join('');
  return `${capitalise(fill(claimFigureInSentence(claim)))}${tail}.`;
}

/** A note for a group whose sources differ: every value, and how the chart draws them. */
export function differsNote(briefing: Briefing, group: ClaimGroup): string {
  const measure = briefing.measure(group.measureId);
  const period = groupPeriodText(briefing, group);
  const asOf = measure.period === 'as-of' ? ', each as of its article’s date' : '';
  return `Sources differ on “${measure.label}”${
    period ? ` for ${period}` : ''
  }: ${differingValuesText(briefing, group)}${asOf}. Each value is drawn as a bar of its own.`;
}

/** The short text of a group's single value, for annotations: "95.8%". */
export function groupValueText(briefing: Briefing, group: ClaimGroup): string {
  const [first] = group.values;
  return first ? claimFigureText(briefing.claim(first.claimId)) : '';
}
