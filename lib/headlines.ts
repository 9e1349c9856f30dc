import { claimCreditLine, claimDateText, claimFigureText, sourcesText } from './claims/claim-text';
import { claimHref } from './links';
import { attributionIn, MAX_VALUES_DRAWN } from './charts/chart-words';
import { qualifierLabel } from './format/qualifier';
import type { Locale } from './i18n/locales';
import { translator } from './i18n/messages';
import type { Briefing } from './model/briefing';
import type { Agreement } from './model/groups';

/** One value on a headline card: the figure, how it is qualified and who gives it. */
export interface HeadlineValue {
  claimId: string;
  href: string;
  figureText: string;
  qualifier: string;
  qualifierLabel: string;
  dateText: string;
  /** The source's words for the date when it gives no date ("so far"). */
  datePrinted: string | null;
  attribution: string | null;
  creditLine: string;
}

/** A headline card: a measure's latest value, or every value where the sources differ. */
export interface HeadlineFigure {
  measureId: string;
  label: string;
  agreement: Agreement;
  values: HeadlineValue[];
}

/** The headline cards, in the order data/briefing.ts lists their measures. */
export function headlineFigures(briefing: Briefing, locale: Locale): HeadlineFigure[] {
  return briefing.config.headlineMeasures.flatMap((measureId) => {
    const group = briefing.groupsOf(measureId).at(-1);
    if (!group) return [];
    return [
      {
        measureId,
        label: briefing.words(locale).measureLabel(measureId),
        agreement: group.agreement,
        // As in the charts: the most widely reported values, at most MAX_VALUES_DRAWN.
        values: group.values.slice(0, MAX_VALUES_DRAWN).map((value) => {
          const claim = briefing.claim(value.claimId);
          const repeated = value.sourceIds.length > 1;
          return {
            claimId: claim.id,
            href: claimHref(claim.id, locale),
            figureText: claimFigureText(claim, locale),
            qualifier: claim.qualifier,
            qualifierLabel: qualifierLabel(claim.qualifier, locale),
            dateText: claimDateText(claim, locale),
            datePrinted: claim.when.precision === 'none' ? claim.when.asPrinted : null,
            attribution: attributionIn(briefing, claim, locale) ?? null,
            creditLine: repeated
              ? translator(locale, 'Chart')('reportedBy', {
                  count: value.sourceIds.length,
                  lines: sourcesText(briefing, value.sourceIds, 'line', undefined, locale),
                })
              : claimCreditLine(briefing, claim, locale),
          };
        }),
      },
    ];
  });
}
