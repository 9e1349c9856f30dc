import type { Figure } from '../data/figure';
import type { Qualifier, Unit } from '../data/vocabulary';
import { translator } from '../i18n/messages';
import type { Locale } from '../i18n/locales';
import { formatFigure } from './figure';

// Apart from figure.ts, which charts drawn in the browser use: the messages stay on the server.
/**
 * The figure with its qualifier in words: "more than 100", "about 30",
 * "12–14mn"; "১০০-এর বেশি", "около 30". The words are each language's
 * messages (Figure namespace). A record or a derived figure reads as the
 * number alone; its qualifier is shown beside it (see qualifier.ts).
 */
export function formatQualifiedFigure(
  qualifier: Qualifier,
  figure: Figure,
  unit: Unit,
  locale: Locale = 'en',
): string {
  const text = formatFigure(figure, unit, locale);
  const t = translator(locale, 'Figure');
  switch (qualifier) {
    case 'approximately':
      return t('approximately', { figure: text });
    case 'more-than':
      return t('moreThan', { figure: text });
    default:
      return text;
  }
}
