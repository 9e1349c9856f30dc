import { sourceCitation } from '../citation';
import type { Claim } from '../data/dataset';
import type { Source } from '../data/schema';
import { formatIsoDay } from '../format/date';
import { formatDateRef } from '../format/date-ref';
import { qualifierLabel } from '../format/qualifier';
import type { Locale } from '../i18n/locales';
import { translator } from '../i18n/messages';
import { claimHref } from '../links';
import type { Briefing } from '../model/briefing';
import { publicUrl } from '../site';
import { claimFigureText, derivationText, statedOnOf } from './claim-text';

/** An article's citation, dated in the language: "Md. Himel Rahman, “A pragmatic …”, IntelliNews, ২৯ জানুয়ারি, ২০২৬". */
export function sourceCitationIn(source: Source, locale: Locale): string {
  return sourceCitation(source, {
    date: formatIsoDay(source.publishedOn, locale),
    publisherNotGiven: translator(locale, 'Cite')('publisherNotGiven'),
  });
}

/**
 * A citation for one number, to paste into an article or a notebook, in the
 * page's language. A printed figure is cited to its article, its quote
 * verbatim; a derived one to the briefing, with the articles its inputs come from.
 */
export function claimCitation(briefing: Briefing, claim: Claim, locale: Locale = 'en'): string {
  const t = translator(locale, 'Cite');
  const statedOn = statedOnOf(claim);
  const common = {
    label: briefing.words(locale).measureLabel(claim.measure),
    figure: claimFigureText(claim, locale),
    when: t('when', {
      date: formatDateRef(claim.when, locale),
      stated: statedOn ? 'yes' : 'no',
      statedOn: statedOn ? formatDateRef(statedOn, locale) : '',
    }),
    sources: claim.sourceIds.map((id) => sourceCitationIn(briefing.source(id), locale)).join('; '),
    site: translator(locale, 'Site')('name'),
    url: publicUrl(claimHref(claim.id, locale)),
  };
  if (claim.qualifier === 'derived') {
    return t('derived', { ...common, working: derivationText(claim, locale) ?? '' });
  }
  return t('printed', {
    ...common,
    quote: claim.quote,
    qualifier: qualifierLabel(claim.qualifier, locale),
  });
}
