/**
 * The closed vocabularies of the data module. Each `as const` list drives a
 * zod enum, a TypeScript union and the filter options in the tables, so a new
 * topic or unit is added here once.
 */

export const topics = [
  'diplomacy',
  'politics',
  'energy',
  'economy',
  'agriculture',
  'labour-migration',
  'defence',
  'security',
  'media',
] as const;
export type Topic = (typeof topics)[number];

/**
 * How a source states a figure. `derived` figures are never printed by a
 * source: they are computed in code from other claims (see derive.ts).
 */
export const qualifiers = [
  'stated',
  'approximately',
  'more-than',
  'range',
  'record',
  'derived',
] as const;
export type Qualifier = (typeof qualifiers)[number];

export const units = ['count', 'permits', 'people', 'percent', 'usd', 'mw', 'tonnes'] as const;
export type Unit = (typeof units)[number];

/** How much of a date the source gives. `none`: the source gives no date. */
export const datePrecisions = ['day', 'month', 'year', 'none'] as const;
export type DatePrecision = (typeof datePrecisions)[number];

/**
 * What a passage that is neither a figure nor an event is (docs/data.md,
 * "Events and background"):
 * - context: a condition, trend or history the article gives as background;
 * - argument: the author's own analysis, assessment or conclusion;
 * - page: what surrounds the article (headings, captions, bylines, menus, ads).
 */
export const passageKinds = ['context', 'argument', 'page'] as const;
export type PassageKind = (typeof passageKinds)[number];

/**
 * How a measure's values are dated, which decides which claims are values
 * for the same period (and so agree, repeat or differ):
 * - year: a calendar year ("2,777 permits in 2024"): claims are dated to the year;
 * - as-of: at the time the article speaks ("so far", "currently"): undated claims,
 *   each as of its article's date;
 * - event: the figure belongs to an event or a statement (the dead of an attack,
 *   power declared to be added): claims dated as the article dates them, or not.
 */
export const periodKinds = ['year', 'as-of', 'event'] as const;
export type PeriodKind = (typeof periodKinds)[number];
