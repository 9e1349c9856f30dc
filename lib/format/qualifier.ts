import type { Qualifier, Topic, Unit } from '../data/vocabulary';
import type { Locale } from '../i18n/locales';
import { translator } from '../i18n/messages';

/**
 * The words for the data's closed vocabularies, in each language: the
 * vocabulary's values are kebab-case ("more-than"), the message keys camelCase.
 */
const messageKey = <T extends string>(value: T) =>
  value.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase()) as CamelCase<T>;

type CamelCase<T extends string> = T extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : T;

/** Short names for badges and table cells: "more than", "a record". */
export const qualifierLabel = (qualifier: Qualifier, locale: Locale = 'en') =>
  translator(locale, 'Qualifier')(`label.${messageKey(qualifier)}`);

/** One sentence per qualifier, for chart notes and the claims pages. */
export const qualifierNote = (qualifier: Qualifier, locale: Locale = 'en') =>
  translator(locale, 'Qualifier')(`note.${messageKey(qualifier)}`);

/** "Labour migration", "শ্রম অভিবাসন". */
export const topicLabel = (topic: Topic, locale: Locale = 'en') =>
  translator(locale, 'Topic')(messageKey(topic));

/** A unit in words, for a panel's title: "US dollars". */
export const unitWords = (unit: Unit, locale: Locale = 'en') => translator(locale, 'Unit')(unit);
