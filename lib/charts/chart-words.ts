import {
  attributionOf,
  claimFigureInSentence,
  claimFigureText,
  sourcesText,
  statedOnOf,
} from '../claims/claim-text';
import type { Claim } from '../data/dataset';
import { formatDateRef } from '../format/date-ref';
import { intlLocale } from '../format/locale';
import type { Locale } from '../i18n/locales';
import { translator } from '../i18n/messages';
import type { Briefing } from '../model/briefing';
import type { ClaimGroup, GroupValue } from '../model/groups';

/**
 * The sentences a chart says about its figures, generated from the claims
 * each time the site is built, in each language: a measure's `sentence` with
 * the group's figure and period filled in, the source's own attribution kept,
 * the articles named where several give a figure, and every value where they
 * differ. Each sentence is one Chart message, its optional parts `select`
 * arguments, so that a language orders them as it needs.
 */

/** At most this many distinct values of one period are drawn; the rest are in the table and CSV. */
export const MAX_VALUES_DRAWN = 3;

const words = (locale: Locale) => translator(locale, 'Chart');
const yes = (condition: unknown) => (condition ? 'yes' : 'no');

const capitalise = (text: string, locale: Locale) =>
  text.charAt(0).toLocaleUpperCase(intlLocale(locale)) + text.slice(1);

/**
 * Attributions that open a sentence in the article read lower-case after a comma, and so do
 * their translations ("по имеющимся данным"); one that opens with a name keeps its capital.
 */
const leadingWords = /^(According|Reportedly|Officially|Allegedly)\b/;
const afterComma = (claim: Claim, shown: string, locale: Locale) =>
  leadingWords.test(attributionOf(claim) ?? '')
    ? shown.charAt(0).toLocaleLowerCase(intlLocale(locale)) + shown.slice(1)
    : shown;

/** A printed figure's own hedge ("According to available data"), or its translation. */
export function attributionIn(briefing: Briefing, claim: Claim, locale: Locale) {
  const attribution = attributionOf(claim);
  if (!attribution || locale === 'en') return attribution;
  return briefing.words(locale).quoteTranslation({ kind: 'claim-attribution', id: claim.id }) ?? '';
}

/** "a, b or c" in the language. */
const either = (items: string[], locale: Locale) =>
  new Intl.ListFormat(intlLocale(locale), { type: 'disjunction' }).format(items);

/** The period a group refers to, as text: "2024", "16 January [2026]", or '' for "as of the article". */
export function groupPeriodText(briefing: Briefing, group: ClaimGroup, locale: Locale): string {
  if (group.period === 'as-of' || group.period === 'undated') return '';
  const first = group.values[0];
  return first ? formatDateRef(briefing.claim(first.claimId).when, locale) : '';
}

/** "IntelliNews and Monitor Desk", or the briefing for a calculated value. */
export function valueSourceNames(briefing: Briefing, value: GroupValue, locale: Locale): string {
  if (value.sourceIds.length === 0) return words(locale)('briefingCalculation');
  return sourcesText(briefing, value.sourceIds, 'name', 2, locale);
}

/** Every value of a differing group with its sources and dates: "about 30 (IntelliNews, 29 January 2026)". */
export function differingValuesText(briefing: Briefing, group: ClaimGroup, locale: Locale): string {
  const t = words(locale);
  const shown = group.values.slice(0, MAX_VALUES_DRAWN).map((value) => {
    const claim = briefing.claim(value.claimId);
    // At most two sources by name, so the sentence stays short however many repeat a value.
    const who =
      value.sourceIds.length === 0
        ? t('briefingCalculation')
        : sourcesText(briefing, value.sourceIds, 'line', 2, locale);
    const attribution = attributionIn(briefing, claim, locale);
    return t('differingValue', {
      figure: claimFigureInSentence(claim, locale),
      who,
      attributed: yes(attribution),
      attribution: attribution ?? '',
    });
  });
  const rest = group.values.length - shown.length;
  return either(rest > 0 ? [...shown, t('moreValues', { count: rest })] : shown, locale);
}

/** The measure's sentence with a figure and the group's period filled in. */
function measureSentence(briefing: Briefing, group: ClaimGroup, figure: string, locale: Locale) {
  const first = group.values[0];
  const claimFigure = first ? briefing.claim(first.claimId).figure : null;
  const count = claimFigure
    ? claimFigure.kind === 'point'
      ? claimFigure.value
      : claimFigure.low
    : 0;
  const sentence = briefing.words(locale).measureSentence(group.measureId, {
    figure,
    period: groupPeriodText(briefing, group, locale),
    count,
  });
  return capitalise(sentence, locale);
}

/** One sentence stating a group's value(s), from its measure's `sentence`. */
export function groupSentence(briefing: Briefing, group: ClaimGroup, locale: Locale): string {
  const [first] = group.values;
  if (!first) return '';
  const t = words(locale);
  const claim = briefing.claim(first.claimId);

  if (group.agreement === 'differs') {
    const values = differingValuesText(briefing, group, locale);
    return t('differingSentence', { sentence: measureSentence(briefing, group, values, locale) });
  }
  const attribution = attributionIn(briefing, claim, locale);
  const statedOn = statedOnOf(claim);
  return t('valueSentence', {
    sentence: measureSentence(briefing, group, claimFigureInSentence(claim, locale), locale),
    attributed: yes(attribution),
    attribution: attribution ? afterComma(claim, attribution, locale) : '',
    dated: yes(statedOn),
    statedOn: statedOn ? formatDateRef(statedOn, locale) : '',
    reported: yes(first.sourceIds.length > 1),
    reporters: valueSourceNames(briefing, first, locale),
    derived: yes(claim.qualifier === 'derived'),
  });
}

/** A note for a group whose sources differ: every value, and how the chart draws them. */
export function differsNote(briefing: Briefing, group: ClaimGroup, locale: Locale): string {
  const measure = briefing.measure(group.measureId);
  const period = groupPeriodText(briefing, group, locale);
  return words(locale)('differsNote', {
    measure: briefing.words(locale).measureLabel(measure.id),
    hasPeriod: yes(period),
    period,
    values: differingValuesText(briefing, group, locale),
    asOf: yes(measure.period === 'as-of'),
  });
}

/** The short text of a group's single value, for annotations: "95.8%". */
export function groupValueText(briefing: Briefing, group: ClaimGroup, locale: Locale): string {
  const [first] = group.values;
  return first ? claimFigureText(briefing.claim(first.claimId), locale) : '';
}
