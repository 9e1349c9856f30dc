import type { Claim } from '../data/dataset';
import type { DateRef } from '../data/schema';
import { formatDateRef } from '../format/date-ref';
import { formatFigure } from '../format/figure';
import { formatQualifiedFigure } from '../format/qualified-figure';
import type { Locale } from '../i18n/locales';
import { translator } from '../i18n/messages';
import type { Briefing } from '../model/briefing';

/**
 * How a claim reads: its figure, its working, its date and who it is credited to, in any of the
 * briefing's languages (English by default); the words are the Claim messages.
 */

const words = (locale: Locale) => translator(locale, 'Claim');
const site = (locale: Locale) => translator(locale, 'Site')('name');

/** "Calculated by the Bangladesh–Russia briefing". */
export const briefingCalculation = (locale: Locale = 'en') =>
  words(locale)('calculatedBy', { site: site(locale) });

/**
 * The figure with its qualifier in words: "more than 100", "about 30",
 * "12–14mn". A derived figure with an approximate input is approximate too,
 * and says so ("about 75–87.5%").
 */
export function claimFigureText(claim: Claim, locale: Locale = 'en'): string {
  const qualifier = claim.derivation?.approximate ? 'approximately' : claim.qualifier;
  return formatQualifiedFigure(qualifier, claim.figure, claim.unit, locale);
}

/** As a sentence states it: a record says so, "a record $32bn". */
export function claimFigureInSentence(claim: Claim, locale: Locale = 'en'): string {
  const figure = claimFigureText(claim, locale);
  return claim.qualifier === 'record' ? words(locale)('record', { figure }) : figure;
}

/**
 * A derived figure's working: the formula with its inputs' values, then "="
 * or, when the result is rounded, "≈": "2,777 ÷ (1 + 95.8 ÷ 100) ≈ 1,418".
 */
export function derivationText(claim: Claim, locale: Locale = 'en'): string | null {
  if (!claim.formulaText || !claim.derivation) return null;
  return `${claim.formulaText[locale]} ${claim.derivation.relation} ${formatFigure(claim.figure, claim.unit, locale)}`;
}

/** The day a printed figure was stated, where that differs from what it refers to. */
export const statedOnOf = (claim: Claim): DateRef | undefined =>
  claim.qualifier === 'derived' ? undefined : claim.statedOn;

/** The source's own hedge for a printed figure ("According to available data"). */
export const attributionOf = (claim: Claim): string | undefined =>
  claim.qualifier === 'derived' ? undefined : claim.attribution;

/** "date not given", "2024", or "stated on 16 January [2026]" for a declaration. */
export function claimDateText(claim: Claim, locale: Locale = 'en'): string {
  const statedOn = statedOnOf(claim);
  return statedOn
    ? words(locale)('statedOn', { date: formatDateRef(statedOn, locale) })
    : formatDateRef(claim.when, locale);
}

/**
 * Who a figure is credited to. A printed figure: its source. A derived
 * figure is the briefing's own calculation, whose inputs come from sources;
 * it is never credited to an article or its author.
 */
export function claimCreditLine(briefing: Briefing, claim: Claim, locale: Locale = 'en'): string {
  const lines = claim.sourceIds.map((id) => briefing.sourceLine(id, locale)).join('; ');
  return claim.qualifier === 'derived'
    ? words(locale)('creditCalculation', { site: site(locale), lines })
    : words(locale)('creditSource', { lines });
}

/** A table's source cell: a printed figure's source lines, or the briefing's credit for a calculation. */
export function claimSourcesText(briefing: Briefing, claim: Claim, locale: Locale = 'en'): string {
  const lines = claim.sourceIds.map((id) => briefing.sourceLine(id, locale)).join('; ');
  return claim.qualifier === 'derived'
    ? words(locale)('creditCalculation', { site: site(locale), lines })
    : lines;
}

/** How many sources a sentence names before "and N more". */
export const MAX_SOURCES_NAMED = 3;

/**
 * Sources in a sentence, by short name ("IntelliNews") or with their date
 * ("IntelliNews, 29 January 2026"): at most MAX_SOURCES_NAMED, then "and 1,997
 * more sources", so a figure two thousand articles repeat stays one line.
 */
export function sourcesText(
  briefing: Briefing,
  ids: readonly string[],
  style: 'name' | 'line' = 'name',
  max = MAX_SOURCES_NAMED,
  locale: Locale = 'en',
): string {
  const named = ids
    .slice(0, max)
    .map((id) =>
      style === 'name' ? briefing.sourceName(id, locale) : briefing.sourceLine(id, locale),
    );
  const others = ids.length - named.length;
  const separator = style === 'name' ? ', ' : '; ';
  return others > 0
    ? words(locale)('moreSources', { named: named.join(separator), count: others })
    : named.join(separator);
}
