import { checkTranslations, type Translations } from './check-translations';
import type { z } from 'zod';
import type { Figure } from './figure';
import type { Locale } from '../i18n/locales';
import { checkIntegrity, type Derivation } from './integrity';
import type { RawData, RawList } from './load-sources';
import type { PrintedPrecision } from './printed-figure';
import { DataIntegrityError, type DataProblem } from './problems';
import {
  backgroundSchema,
  briefingSchema,
  chartDeclarationSchema,
  citeEventSchema,
  correctionSchema,
  derivedClaimSchema,
  eventSchema,
  measureSchema,
  printedClaimSchema,
  sourceSchema,
  type Background,
  type BackgroundEntry,
  type BriefingConfig,
  type ChartDeclaration,
  type CiteEventEntry,
  type Correction,
  type DateRef,
  type DerivedClaimEntry,
  type EventEntry,
  type Measure,
  type PrintedClaimEntry,
  type Source,
} from './schema';

/** A printed claim as its folder gives it, with the source the folder is. */
export type PrintedClaim = PrintedClaimEntry & { sourceId: string };
export type DerivedClaim = DerivedClaimEntry;

/** A claim as the app uses it: its measure's words, its figure resolved and the sources it rests on. */
export type Claim = (PrintedClaim | DerivedClaim) & {
  /** The measure's label, unit and topic: what the claim counts. */
  label: string;
  unit: Measure['unit'];
  topic: Measure['topic'];
  figure: Figure;
  /**
   * The claim's own source; for a derived claim, the sources of its inputs.
   * A derived claim is the briefing's calculation: these are its inputs'
   * sources, never its authors (see `derivation`).
   */
  sourceIds: string[];
  /** For a derived claim: the formula with its inputs' values in each language, "2,777 ÷ (1 + 95.8 ÷ 100)". */
  formulaText: Record<Locale, string> | null;
  /** For a derived claim: "=" or "≈" between formula and result, and whether it is approximate. */
  derivation: Derivation | null;
  /** For a printed claim: how finely the source prints it. */
  printedPrecision: PrintedPrecision | null;
};

/** One spelling of an actor's name, with the articles that use it. */
export interface ActorSpelling {
  name: string;
  sourceIds: string[];
}

/** A person or body: the defining article's spelling first, then any other articles' spellings. */
export interface Actor {
  name: string;
  spellings: ActorSpelling[];
}

/** An article's report of an event: its passages, and what it adds beyond the defining article. */
export interface Citation {
  sourceId: string;
  quotes: string[];
  adds: string | null;
}

/** An event: one record, however many articles report it, with a citation from each. */
export interface Event {
  id: string;
  when: DateRef;
  title: string;
  summary: string;
  topic: Measure['topic'];
  actors: Actor[];
  citations: Citation[];
  claimIds: string[];
  /** The day the event entered the briefing (its own, or its defining article's). */
  addedOn: string;
  /** The article that defines the event's date and words. */
  definedBy: string;
}

export interface Dataset {
  sources: Source[];
  measures: Measure[];
  claims: Claim[];
  events: Event[];
  background: Background[];
  charts: ChartDeclaration[];
  corrections: Correction[];
  briefing: BriefingConfig;
  /** The briefing's translations of all of the above, per translated language. */
  translations: Translations;
}

export interface CheckOptions {
  /** Check every quote against its article's text, and that every word of it is accounted for. */
  checkTexts?: boolean;
}

/** Entries parsed from their files, each with where it came from. */
export interface Located<T> {
  file: string;
  entry: T;
}

function entryLabel(entry: unknown, index: number, key: string): string {
  const id = (entry as Record<string, unknown> | null)?.[key];
  return typeof id === 'string' && id.length > 0 ? id : `#${index + 1} (no id)`;
}

function unrecognisedMessage(entry: unknown): string {
  return (entry as { qualifier?: unknown } | null)?.qualifier === 'derived'
    ? 'a derived figure is the briefing’s calculation: it has no source, quote or author of its own'
    : 'is not a field of this entry';
}

function parseEntry<T>(
  file: string,
  label: string,
  entry: unknown,
  schema: z.ZodType<T>,
  problems: DataProblem[],
): T | null {
  const result = schema.safeParse(entry);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    // A strict entry with a field it may not have: name the field.
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const path = [...issue.path, ...(keys.length > 0 ? [keys.join(', ')] : [])];
    problems.push({
      file,
      entry: label,
      field: path.length > 0 ? path.join('.') : '(entry)',
      message: keys.length > 0 ? unrecognisedMessage(entry) : issue.message,
    });
  }
  return null;
}

/** Parses a list; ids must be unique within `seen`, which spans files where ids are global. */
function parseList<T>(
  list: RawList,
  schema: z.ZodType<T>,
  problems: DataProblem[],
  seen: Map<string, string>,
  rejected: Set<string>,
  key = 'id',
  /** Where the first entry stands in its file, when a list is parsed one entry at a time. */
  offset = 0,
): Located<T>[] {
  const parsed: Located<T>[] = [];
  list.entries.forEach((entry, index) => {
    const label = entryLabel(entry, index + offset, key);
    const earlier = seen.get(label);
    if (earlier !== undefined && !label.startsWith('#')) {
      problems.push({
        file: list.file,
        entry: label,
        field: key,
        message:
          earlier === list.file ? 'is used by another entry' : `is used by an entry in ${earlier}`,
      });
    }
    seen.set(label, list.file);
    const value = parseEntry(list.file, label, entry, schema, problems);
    if (value === null) rejected.add(label);
    else parsed.push({ file: list.file, entry: value });
  });
  return parsed;
}

/** What the parse step hands the cross-entry checks: every entry, located. */
export interface ParsedData {
  sources: Located<Source>[];
  texts: Map<string, string>;
  measures: Located<Measure>[];
  claims: Located<PrintedClaim>[];
  derived: Located<DerivedClaim>[];
  events: Located<EventEntry & { sourceId: string }>[];
  citations: Located<CiteEventEntry & { sourceId: string }>[];
  background: Located<Background>[];
  charts: Located<ChartDeclaration>[];
  corrections: Located<Correction>[];
  briefing: Located<BriefingConfig> | null;
  rejected: {
    sources: Set<string>;
    claims: Set<string>;
    measures: Set<string>;
    events: Set<string>;
  };
}

function parse(raw: RawData, problems: DataProblem[]): ParsedData {
  const rejected = {
    sources: new Set<string>(),
    claims: new Set<string>(),
    measures: new Set<string>(),
    events: new Set<string>(),
  };
  const ids = {
    measures: new Map<string, string>(),
    claims: new Map<string, string>(),
    events: new Map<string, string>(),
    charts: new Map<string, string>(),
    corrections: new Map<string, string>(),
  };
  const parsed: ParsedData = {
    sources: [],
    texts: new Map(),
    measures: parseList(raw.measures, measureSchema, problems, ids.measures, rejected.measures),
    claims: [],
    derived: parseList(raw.derived, derivedClaimSchema, problems, ids.claims, rejected.claims),
    events: [],
    citations: [],
    background: [],
    charts: parseList(raw.charts, chartDeclarationSchema, problems, ids.charts, new Set(), 'slug'),
    corrections: parseList(raw.corrections, correctionSchema, problems, ids.corrections, new Set()),
    briefing: null,
    rejected,
  };

  for (const folder of raw.sources) {
    const sourceFile = folder.source.file;
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(folder.id)) {
      problems.push({
        file: folder.dir,
        entry: folder.id,
        field: '(folder)',
        message: 'a source folder’s name is its id: lowercase kebab-case',
      });
    }
    const source = parseEntry(sourceFile, folder.id, folder.source.entry, sourceSchema, problems);
    if (source === null) rejected.sources.add(folder.id);
    else parsed.sources.push({ file: sourceFile, entry: { ...source, id: folder.id } });
    if (folder.text !== null) parsed.texts.set(folder.id, folder.text);
    const sourceId = folder.id;
    parsed.measures.push(
      ...parseList(folder.measures, measureSchema, problems, ids.measures, rejected.measures),
    );
    parsed.claims.push(
      ...parseList(folder.claims, printedClaimSchema, problems, ids.claims, rejected.claims).map(
        (claim) => ({ ...claim, entry: { ...claim.entry, sourceId } }),
      ),
    );
    folder.events.entries.forEach((entry, index) => {
      const cites = (entry as { cites?: unknown } | null)?.cites;
      if (typeof cites === 'string') {
        const value = parseEntry(folder.events.file, cites, entry, citeEventSchema, problems);
        if (value) {
          parsed.citations.push({ file: folder.events.file, entry: { ...value, sourceId } });
        }
        return;
      }
      const [value] = parseList(
        { file: folder.events.file, entries: [entry] },
        eventSchema,
        problems,
        ids.events,
        rejected.events,
        'id',
        index,
      );
      if (value) parsed.events.push({ ...value, entry: { ...value.entry, sourceId } });
    });
    parsed.background.push(
      ...parseList(folder.background, backgroundSchema, problems, new Map(), new Set()).map(
        (passage) => ({ ...passage, entry: { ...(passage.entry as BackgroundEntry), sourceId } }),
      ),
    );
  }

  const briefing = parseEntry(
    raw.briefing.file,
    'briefing',
    raw.briefing.entry,
    briefingSchema,
    problems,
  );
  if (briefing) parsed.briefing = { file: raw.briefing.file, entry: briefing };
  return parsed;
}

/** Runs every schema and integrity check; returns the dataset only when there is no problem. */
export function checkData(
  raw: RawData,
  options: CheckOptions = {},
): { dataset: Dataset | null; problems: DataProblem[] } {
  const problems: DataProblem[] = [];
  const parsed = parse(raw, problems);
  const checked = checkIntegrity(parsed, problems, options);
  const translations = checkTranslations(parsed, raw.translations, problems);
  const dataset = { ...checked, translations };
  return { dataset: problems.length === 0 ? dataset : null, problems };
}

/** The dataset, or a DataIntegrityError listing every problem one per line. */
export function loadDataset(raw: RawData, options: CheckOptions = {}): Dataset {
  const { dataset, problems } = checkData(raw, options);
  if (!dataset) throw new DataIntegrityError(problems);
  return dataset;
}
