import { z } from 'zod';
import { datePrecisions, passageKinds, periodKinds, qualifiers, topics, units } from './vocabulary';

/**
 * zod schemas for every entry in data/. TypeScript types are inferred from
 * them (never written twice); data files check their entries against the
 * input types with `satisfies`. Cross-entry rules (references, quotes,
 * derived values, coverage) live in integrity.ts, which runs after these.
 */

export const entryId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase kebab-case, e.g. "work-permits-2024"');

const nonEmpty = z.string().trim().min(1, 'must not be empty');

/** Calendar dates are checked for existence (no 31 February), not just shape. */
export const isoDay = z.iso.date({ error: 'must be a real calendar day written YYYY-MM-DD' });
const isoMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month written YYYY-MM');
const isoYear = z.string().regex(/^\d{4}$/, 'must be a year written YYYY');

const dateFields = {
  /** The words the source uses ("On January 19", "currently"), or null. */
  asPrinted: nonEmpty.nullable(),
  /**
   * Set when the year is not printed beside the date but read from its
   * context (a year given earlier in the same paragraph, the year before a
   * printed one). Says where it comes from. Every surface shows such a year
   * in square brackets, "16 January [2026]", the editors' mark for words
   * they supply.
   */
  yearFromContext: nonEmpty.optional(),
};

/**
 * A date with its precision. A source that gives no date gives `none`:
 * dates are never guessed. An event spanning a period also has an `end` of
 * the same precision.
 */
export const dateRefSchema = z.discriminatedUnion('precision', [
  z.object({ precision: z.literal('day'), date: isoDay, end: isoDay.optional(), ...dateFields }),
  z.object({
    precision: z.literal('month'),
    date: isoMonth,
    end: isoMonth.optional(),
    ...dateFields,
  }),
  z.object({ precision: z.literal('year'), date: isoYear, end: isoYear.optional(), ...dateFields }),
  z.object({ precision: z.literal('none'), date: z.null(), ...dateFields }),
]);
export type DateRef = z.infer<typeof dateRefSchema>;
export type DateRefInput = z.input<typeof dateRefSchema>;

/** A date that is given: for what a claim was stated on, which is never "none". */
const datedRefSchema = z.discriminatedUnion('precision', [
  z.object({ precision: z.literal('day'), date: isoDay, ...dateFields }),
  z.object({ precision: z.literal('month'), date: isoMonth, ...dateFields }),
  z.object({ precision: z.literal('year'), date: isoYear, ...dateFields }),
]);

// ─── data/measures.ts (and a source folder's own measures.ts) ───────────────

/**
 * A thing that is counted, defined once: every claim is a value of one
 * measure. `sentence` is how a chart subtitle states a value, with
 * `{figure}` (and, for a measure over periods, `{period}`) filled in from the
 * claims, so the words never fall behind the figures.
 */
export const measureSchema = z.object({
  id: entryId,
  /** What is counted, as a noun phrase: "Russian work permits issued to Bangladeshi citizens". */
  label: nonEmpty,
  /** A few words for a bar or an axis: "Work permits". */
  shortLabel: nonEmpty,
  unit: z.enum(units),
  topic: z.enum(topics),
  /** How its claims are dated: per calendar year, as of the article, or at an event. */
  period: z.enum(periodKinds),
  /** What the period means, in words: "permits issued in the calendar year". */
  periodMeaning: nonEmpty,
  sentence: nonEmpty.refine((text) => text.includes('{figure}'), 'must contain {figure}'),
  /** How a value annotates another measure's bar ("up {figure}"); by default the short label. */
  annotation: nonEmpty
    .refine((text) => text.includes('{figure}'), 'must contain {figure}')
    .optional(),
});
export type Measure = z.infer<typeof measureSchema>;
export type MeasureInput = z.input<typeof measureSchema>;

// ─── data/sources/<id>/source.ts ────────────────────────────────────────────

/** An article. Its id is its folder's name (data/sources/<id>/), its text that folder's text.txt. */
export const sourceSchema = z.object({
  title: nonEmpty,
  /** null when the article does not name its publisher: shown as "not given". */
  publisher: nonEmpty.nullable(),
  /** Verbatim text on the page that names the publisher, when there is one. */
  publisherEvidence: nonEmpty.nullable(),
  /** null when the article gives no author. */
  author: nonEmpty.nullable(),
  /** Whether the byline names a person or a desk ("A Monitor Desk Report"); null without an author. */
  authorKind: z.enum(['person', 'desk']).nullable(),
  publishedOn: isoDay,
  /** The publication date exactly as the article prints it. */
  publishedAsPrinted: nonEmpty,
  /** Only a URL the article itself gives; null (shown "not given") otherwise. */
  url: z.url({ protocol: /^https?$/ }).nullable(),
  /** The day the article was added to the briefing: its events are new in the feed from then. */
  addedOn: isoDay,
});
export type SourceInput = z.input<typeof sourceSchema>;
export type Source = z.infer<typeof sourceSchema> & { id: string };

// ─── data/sources/<id>/claims.ts ────────────────────────────────────────────

const printedClaimFields = {
  id: entryId,
  /** The measure this is a value of (data/measures.ts or the folder's measures.ts). */
  measure: entryId,
  when: dateRefSchema,
  /** The figure exactly as the source prints it, qualifier words included. */
  asPrinted: nonEmpty,
  /** Verbatim sentence (or part of one) that contains `asPrinted`. */
  quote: nonEmpty,
  /**
   * The source's own attribution or hedge for the figure, verbatim from the
   * quote ("According to available data"). Shown wherever the figure is.
   */
  attribution: nonEmpty.optional(),
  /**
   * When the figure was stated, where that is not what it refers to: the day
   * of a declaration about power that "would be added" later. `when` then
   * says what the figure itself refers to (often "date not given").
   */
  statedOn: datedRefSchema.optional(),
};

const pointClaim = (qualifier: 'stated' | 'approximately' | 'more-than' | 'record') =>
  z.object({ ...printedClaimFields, qualifier: z.literal(qualifier), value: z.number().finite() });

const rangeClaim = z.object({
  ...printedClaimFields,
  qualifier: z.literal('range'),
  low: z.number().finite(),
  high: z.number().finite(),
});

export const printedClaimSchema = z.discriminatedUnion('qualifier', [
  pointClaim('stated'),
  pointClaim('approximately'),
  pointClaim('more-than'),
  pointClaim('record'),
  rangeClaim,
]);
export type PrintedClaimInput = z.input<typeof printedClaimSchema>;
export type PrintedClaimEntry = z.infer<typeof printedClaimSchema>;

// ─── data/derived.ts: the briefing's own calculations ───────────────────────

/**
 * A figure no source prints, computed from other claims. `formula` is
 * evaluated (derive.ts) with `inputs` bound to the input claims' values; a
 * range input is evaluated at both ends. `expected` is what the formula gives,
 * rounded to `decimals`: the check fails if the two ever disagree.
 * Strict: a derived figure is the briefing's own calculation, so it cannot
 * carry a source, a quote or an author as if an article had printed it.
 */
export const derivedClaimSchema = z.strictObject({
  id: entryId,
  measure: entryId,
  when: dateRefSchema,
  qualifier: z.literal('derived'),
  inputs: z.record(
    z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/, 'must be a plain identifier'),
    entryId,
  ),
  formula: nonEmpty,
  decimals: z.number().int().min(0).max(4),
  expected: z.union([
    z.object({ value: z.number().finite() }),
    z.object({ low: z.number().finite(), high: z.number().finite() }),
  ]),
  /** Why this derivation is meaningful, and its caveats. */
  note: nonEmpty,
});
export type DerivedClaimInput = z.input<typeof derivedClaimSchema>;
export type DerivedClaimEntry = z.infer<typeof derivedClaimSchema>;

// ─── data/sources/<id>/events.ts ────────────────────────────────────────────

/**
 * A person or body, named exactly as the cited passages name it. `sameAs`
 * links a spelling to the same actor as spelled in the event's defining
 * article (Alexander Khozin → Aleksandr Khozin), so the site can show each
 * spelling with the articles that use it.
 */
const actorSchema = z
  .union([nonEmpty, z.object({ name: nonEmpty, sameAs: nonEmpty })])
  .transform((actor) => (typeof actor === 'string' ? { name: actor, sameAs: null } : { ...actor }));
export type ActorInput = z.input<typeof actorSchema>;

/**
 * An event as one article reports it: the first article to define an id
 * gives its date, words and topic; another article that reports the same
 * event cites it by id with its own passages and names (`citeEventSchema`).
 */
export const eventSchema = z.object({
  id: entryId,
  when: dateRefSchema,
  title: nonEmpty,
  summary: nonEmpty,
  topic: z.enum(topics),
  actors: z.array(actorSchema),
  /** Verbatim passages of this article that report the event, in the article's order. */
  quotes: z.array(nonEmpty).min(1, 'must quote at least one passage'),
  /**
   * Claims that give the event's figures. Titles and summaries carry no
   * figures of their own: every number shown comes from a claim.
   */
  claimIds: z.array(entryId).default([]),
  /** The day the event was added, when later than its article (the feed lists it as new then). */
  addedOn: isoDay.optional(),
});
export type EventInput = z.input<typeof eventSchema>;
export type EventEntry = z.infer<typeof eventSchema>;

/** An event another article defines, as this article reports it. */
export const citeEventSchema = z.object({
  cites: entryId,
  actors: z.array(actorSchema).default([]),
  /** What this article reports of the event beyond the defining article, in the briefing's words. */
  adds: nonEmpty.optional(),
  quotes: z.array(nonEmpty).min(1, 'must quote at least one passage'),
});
export type CiteEventInput = z.input<typeof citeEventSchema>;
export type CiteEventEntry = z.infer<typeof citeEventSchema>;

export const eventEntrySchema = z.union([eventSchema, citeEventSchema]);
export type EventEntryInput = EventInput | CiteEventInput;

// ─── data/sources/<id>/background.ts ────────────────────────────────────────

/**
 * A passage of an article that is neither a figure nor an event, recorded
 * so that every word of every article is accounted for (the coverage check):
 * background the article gives as context, the author's own argument, or
 * page furniture around the article. `why` says why it is not an event.
 */
export const backgroundSchema = z.object({
  id: entryId,
  kind: z.enum(passageKinds),
  quote: nonEmpty,
  why: nonEmpty,
});
export type BackgroundInput = z.input<typeof backgroundSchema>;
export type BackgroundEntry = z.infer<typeof backgroundSchema>;
export type Background = z.infer<typeof backgroundSchema> & { sourceId: string };

// ─── data/charts.ts ─────────────────────────────────────────────────────────

/**
 * A chart as a declaration: which measures, drawn how, and its few words.
 * Everything with a figure in it (subtitle, description, notes, table) is
 * generated from the claims of those measures when the site is built.
 * - `time-series`: one measure's values over its periods, with optional
 *   measures whose values annotate the same periods (a year-on-year change);
 * - `comparison`: bars across measures, one panel per unit;
 * - `timeline`: every dated event, with one event marked.
 */
const chartBase = { slug: entryId, title: nonEmpty };
export const chartDeclarationSchema = z.discriminatedUnion('kind', [
  z.object({
    ...chartBase,
    kind: z.literal('time-series'),
    measure: entryId,
    annotations: z.array(entryId).default([]),
  }),
  z.object({
    ...chartBase,
    kind: z.literal('comparison'),
    measures: z.array(entryId).min(1),
    /** Measures stated in the chart's notes rather than drawn (a share calculated from the bars). */
    noted: z.array(entryId).default([]),
  }),
  z.object({ ...chartBase, kind: z.literal('timeline'), markerEvent: entryId }),
]);
export type ChartDeclarationInput = z.input<typeof chartDeclarationSchema>;
export type ChartDeclaration = z.infer<typeof chartDeclarationSchema>;

// ─── data/corrections.ts ────────────────────────────────────────────────────

const entryRef = z.object({
  kind: z.enum(['claim', 'event', 'chart', 'source', 'measure']),
  id: entryId,
});

/**
 * A correction: what changed in which entries, when and why. A renamed id
 * keeps its old address working (a redirect, or an extra anchor).
 */
export const correctionSchema = z.object({
  id: entryId,
  date: isoDay,
  entries: z.array(entryRef).min(1, 'must name the entries it corrects'),
  change: nonEmpty,
  why: nonEmpty,
  renamed: z
    .array(z.object({ kind: z.enum(['claim', 'event']), from: entryId, to: entryId }))
    .default([]),
});
export type CorrectionInput = z.input<typeof correctionSchema>;
export type Correction = z.infer<typeof correctionSchema>;

// ─── data/briefing.ts ───────────────────────────────────────────────────────

/** The briefing's editorial choices: what it is measured from, leads with, and headlines. */
export const briefingSchema = z.object({
  /** The event the briefing is measured from ("since August 2024"). */
  sinceEvent: entryId,
  /** An argument the home page opens with, always as its author's: a background passage of kind "argument". */
  leadArgument: z.object({ source: entryId, passage: entryId }),
  /** The measures the headline cards show, in order. */
  headlineMeasures: z.array(entryId).min(1),
});
export type BriefingInput = z.input<typeof briefingSchema>;
export type BriefingConfig = z.infer<typeof briefingSchema>;

export const qualifierSchema = z.enum(qualifiers);
export const datePrecisionSchema = z.enum(datePrecisions);

// ─── Translations: data/translations/<lang>.ts, data/sources/<id>/translations/<lang>.ts ──

/**
 * The briefing's own translation of one field. Quotes are never replaced:
 * a quote's translation is shown beside the verbatim quote, labelled as the
 * briefing's. A translation carries no figure of its own: every number is a
 * token, `{n:2777}` (a number, grouped) or `{y:2024}` (a year), which the
 * site formats in the reader's language, and which the check requires to be
 * a number the English field itself contains (check-translations.ts, docs/languages.md).
 */
const translatedText = nonEmpty;

/**
 * A measure's words. `sentence` and `annotation` are ICU messages with the
 * arguments `figure` (the formatted figure), `period` (its period) and
 * `count` (the number, for plural forms: "{count, plural, one {…} few {…}
 * many {…} other {…}}").
 */
const measureTranslationSchema = z.strictObject({
  label: translatedText,
  shortLabel: translatedText,
  periodMeaning: translatedText,
  sentence: translatedText,
  annotation: translatedText.optional(),
});

/**
 * Translations of the entries beside them: the top-level file translates
 * data/*.ts, a source folder's file translates that folder. Each section is
 * keyed by entry id (a cited event by the id it cites). Every entry needs a
 * translation in every translated language; the check names the entry,
 * field and language of any that is missing.
 */
export const translationFileSchema = z.strictObject({
  source: z.strictObject({ title: translatedText }).optional(),
  measures: z.record(entryId, measureTranslationSchema).optional(),
  claims: z
    .record(
      entryId,
      z.strictObject({ quote: translatedText, attribution: translatedText.optional() }),
    )
    .optional(),
  derived: z.record(entryId, z.strictObject({ note: translatedText })).optional(),
  events: z
    .record(
      entryId,
      z.strictObject({
        title: translatedText,
        summary: translatedText,
        quotes: z.array(translatedText).min(1),
      }),
    )
    .optional(),
  cites: z
    .record(
      entryId,
      z.strictObject({ adds: translatedText.optional(), quotes: z.array(translatedText).min(1) }),
    )
    .optional(),
  background: z
    .record(entryId, z.strictObject({ quote: translatedText, why: translatedText }))
    .optional(),
  charts: z.record(entryId, z.strictObject({ title: translatedText })).optional(),
  corrections: z
    .record(entryId, z.strictObject({ change: translatedText, why: translatedText }))
    .optional(),
  /**
   * The language's glossary: one spelling per name (people, bodies, places,
   * publications), keyed by the name as the English data writes it. The
   * first spelling is the one shown on its own (actor lists, bylines); the
   * others are inflected forms running text may use (Russian declines
   * names). A translated field whose English names an entry must contain one
   * of its spellings.
   */
  glossary: z.record(nonEmpty, z.array(nonEmpty).min(1)).optional(),
});
export type TranslationFileInput = z.input<typeof translationFileSchema>;
export type TranslationFile = z.infer<typeof translationFileSchema>;
