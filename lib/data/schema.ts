import { z } from 'zod';
import { datePrecisions, passageKinds, qualifiers, topics, units } from './vocabulary';

/**
 * zod schemas for every entry in data/. TypeScript types are inferred from
 * them (never written twice). Cross-entry rules (references, quotes, derived
 * values) live in integrity.ts, which runs after these.
 */

export const entryId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase kebab-case, e.g. "work-permits-2024"');

const nonEmpty = z.string().trim().min(1, 'must not be empty');

/** Calendar dates are checked for existence (no 31 February), not just shape. */
const isoDay = z.iso.date({ error: 'must be a real calendar day written YYYY-MM-DD' });
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

/** A date that is given: for what a claim was stated on, which is never "none". */
const datedRefSchema = z.discriminatedUnion('precision', [
  z.object({ precision: z.literal('day'), date: isoDay, ...dateFields }),
  z.object({ precision: z.literal('month'), date: isoMonth, ...dateFields }),
  z.object({ precision: z.literal('year'), date: isoYear, ...dateFields }),
]);

export const sourceSchema = z.object({
  id: entryId,
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
  /** File under data/source-texts/ holding the article's full text. */
  textFile: z.string().regex(/^[a-z0-9-]+\.txt$/, 'must be a .txt file name in data/source-texts/'),
});
export type Source = z.infer<typeof sourceSchema>;

const claimBase = {
  id: entryId,
  /** What is counted, as a noun phrase: "Russian work permits issued to Bangladeshis". */
  label: nonEmpty,
  topic: z.enum(topics),
  unit: z.enum(units),
  when: dateRefSchema,
};

const printedClaim = {
  ...claimBase,
  /** The figure exactly as the source prints it, qualifier words included. */
  asPrinted: nonEmpty,
  sourceId: entryId,
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
  z.object({
    ...printedClaim,
    qualifier: z.literal(qualifier),
    value: z.number().finite(),
  });

const rangeClaim = z.object({
  ...printedClaim,
  qualifier: z.literal('range'),
  low: z.number().finite(),
  high: z.number().finite(),
});

/**
 * A figure no source prints, computed from other claims. `formula` is
 * evaluated (derive.ts) with `inputs` bound to the input claims' values; a
 * range input is evaluated at both ends. `expected` is what the formula gives,
 * rounded to `decimals`: the check fails if the two ever disagree.
 * Strict: a derived figure is the briefing's own calculation, so it cannot
 * carry a source, a quote or an author as if an article had printed it.
 */
const derivedClaim = z.strictObject({
  ...claimBase,
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

export const claimSchema = z.discriminatedUnion('qualifier', [
  pointClaim('stated'),
  pointClaim('approximately'),
  pointClaim('more-than'),
  pointClaim('record'),
  rangeClaim,
  derivedClaim,
]);
export type ClaimInput = z.input<typeof claimSchema>;
export type ParsedClaim = z.infer<typeof claimSchema>;
export type PrintedClaim = Exclude<ParsedClaim, { qualifier: 'derived' }>;
export type DerivedClaimInput = Extract<ParsedClaim, { qualifier: 'derived' }>;

export const citationSchema = z.object({
  sourceId: entryId,
  /** Verbatim passages of that source that report the event, in the article's order. */
  quotes: z.array(nonEmpty).min(1, 'must quote at least one passage'),
});

/**
 * A person or body, named exactly as the cited articles name it. Where two
 * articles spell a name differently (Aleksandr / Alexander Khozin), `name`
 * is one spelling and `aliases` the others; the check finds each spelling in
 * a citation, so the site can say which article uses which.
 */
const actorSchema = z
  .union([nonEmpty, z.object({ name: nonEmpty, aliases: z.array(nonEmpty).min(1) })])
  .transform((actor) => (typeof actor === 'string' ? { name: actor, aliases: [] } : actor));
export type Actor = z.infer<typeof actorSchema>;

export const eventSchema = z.object({
  id: entryId,
  when: dateRefSchema,
  title: nonEmpty,
  summary: nonEmpty,
  actors: z.array(actorSchema),
  topic: z.enum(topics),
  /** One citation per source that reports the event. */
  citations: z.array(citationSchema).min(1, 'must cite at least one source'),
  /**
   * Claims that give the event's figures. Titles and summaries carry no
   * figures of their own: every number shown comes from a claim.
   */
  claimIds: z.array(entryId).default([]),
});
export type Event = z.infer<typeof eventSchema>;

export type SourceInput = z.input<typeof sourceSchema>;
export type EventInput = z.input<typeof eventSchema>;

/**
 * A passage of an article that is neither a figure nor an event, recorded
 * so that every word of every article is accounted for (the coverage check):
 * background the article gives as context, the author's own argument, or
 * page furniture around the article. `why` says why it is not an event.
 */
export const backgroundSchema = z.object({
  id: entryId,
  sourceId: entryId,
  kind: z.enum(passageKinds),
  quote: nonEmpty,
  why: nonEmpty,
});
export type Background = z.infer<typeof backgroundSchema>;
export type BackgroundInput = z.input<typeof backgroundSchema>;

export const qualifierSchema = z.enum(qualifiers);
export const datePrecisionSchema = z.enum(datePrecisions);

/** An id that changed: its old address keeps working (a redirect, or an extra anchor). */
export const renamedSchema = z.object({
  kind: z.enum(['claim', 'event']),
  from: entryId,
  to: entryId,
  why: nonEmpty,
});
export type Renamed = z.infer<typeof renamedSchema>;
export type RenamedInput = z.input<typeof renamedSchema>;

/** The raw shape of the data module: five lists of entries. */
export interface RawData {
  sources: readonly unknown[];
  claims: readonly unknown[];
  events: readonly unknown[];
  background: readonly unknown[];
  renamed: readonly unknown[];
}
