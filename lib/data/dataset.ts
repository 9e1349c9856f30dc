import type { z } from 'zod';
import { formatFigure } from '../format/figure';
import { formatNumber } from '../format/number';
import { formulaWithValues } from './derive';
import type { Figure } from './figure';
import { checkIntegrity, type Derivation } from './integrity';
import type { PrintedPrecision } from './printed-figure';
import { DataIntegrityError, type DataProblem } from './problems';
import {
  backgroundSchema,
  claimSchema,
  eventSchema,
  sourceSchema,
  renamedSchema,
  type Background,
  type Event,
  type Renamed,
  type ParsedClaim,
  type RawData,
  type Source,
} from './schema';

/** A claim as the app uses it: its figure resolved and the sources it rests on. */
export type Claim = ParsedClaim & {
  figure: Figure;
  /**
   * The claim's own source; for a derived claim, the sources of its inputs.
   * A derived claim is the briefing's calculation: these are its inputs'
   * sources, never its authors (see `derivation`).
   */
  sourceIds: string[];
  /** For a derived claim: the formula with its inputs' values, "2,777 ÷ (1 + 95.8 ÷ 100)". */
  formulaText: string | null;
  /** For a derived claim: "=" or "≈" between formula and result, and whether it is approximate. */
  derivation: Derivation | null;
  /** For a printed claim: how finely the source prints it. */
  printedPrecision: PrintedPrecision | null;
};

export interface Dataset {
  sources: Source[];
  claims: Claim[];
  events: Event[];
  background: Background[];
  renamed: Renamed[];
}

export interface CheckOptions {
  /** Full article texts by source id; when given, every quote is checked against them. */
  sourceTexts?: Readonly<Record<string, string>>;
}

function entryLabel(entry: unknown, index: number, key: string): string {
  const id = (entry as Record<string, unknown> | null)?.[key];
  return typeof id === 'string' && id.length > 0 ? id : `#${index + 1} (no id)`;
}

function parseList<T>(
  collection: DataProblem['collection'],
  entries: readonly unknown[],
  schema: z.ZodType<T>,
  problems: DataProblem[],
  rejected: Set<string> = new Set(),
  key = 'id',
): T[] {
  const parsed: T[] = [];
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    const label = entryLabel(entry, index, key);
    if (seen.has(label)) {
      problems.push({ collection, entry: label, field: key, message: 'is used by another entry' });
    }
    seen.add(label);
    const result = schema.safeParse(entry);
    if (result.success) {
      parsed.push(result.data);
      return;
    }
    rejected.add(label);
    for (const issue of result.error.issues) {
      // A strict entry with a field it may not have: name the field.
      const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
      const path = [...issue.path, ...(keys.length > 0 ? [keys.join(', ')] : [])];
      problems.push({
        collection,
        entry: label,
        field: path.length > 0 ? path.join('.') : '(entry)',
        message: keys.length > 0 ? unrecognisedMessage(entry) : issue.message,
      });
    }
  });
  return parsed;
}

function unrecognisedMessage(entry: unknown): string {
  return (entry as { qualifier?: unknown } | null)?.qualifier === 'derived'
    ? 'a derived figure is the briefing’s calculation: it has no source, quote or author of its own'
    : 'is not a field of this entry';
}

/** Runs every schema and integrity check; returns the dataset only when there is no problem. */
export function checkData(
  raw: RawData,
  options: CheckOptions = {},
): { dataset: Dataset | null; problems: DataProblem[] } {
  const problems: DataProblem[] = [];
  const rejectedIds = { sources: new Set<string>(), claims: new Set<string>() };
  const sources = parseList('sources', raw.sources, sourceSchema, problems, rejectedIds.sources);
  const claims = parseList('claims', raw.claims, claimSchema, problems, rejectedIds.claims);
  const events = parseList('events', raw.events, eventSchema, problems);
  const background = parseList('background', raw.background, backgroundSchema, problems);
  const renamed = parseList('renamed', raw.renamed, renamedSchema, problems, new Set(), 'from');

  const integrity = checkIntegrity({
    sources,
    claims,
    events,
    background,
    renamed,
    sourceTexts: options.sourceTexts,
    rejectedIds,
  });
  problems.push(...integrity.problems);
  if (problems.length > 0) return { dataset: null, problems };

  const figureOf = (id: string) => integrity.figures.get(id) as Figure;
  const resolved: Claim[] = claims.map((claim) => {
    let formulaText: string | null = null;
    if (claim.qualifier === 'derived') {
      const inputTexts = Object.fromEntries(
        Object.entries(claim.inputs).map(([name, inputId]) => {
          const input = claims.find((c) => c.id === inputId) as ParsedClaim;
          const figure = figureOf(inputId);
          // Percentages enter formulas as plain numbers ("95.8 ÷ 100"), other units as printed.
          const text =
            input.unit === 'percent' && figure.kind === 'point'
              ? formatNumber(figure.value)
              : formatFigure(figure, input.unit);
          return [name, figure.kind === 'range' ? `(${text})` : text];
        }),
      );
      formulaText = formulaWithValues(claim.formula, inputTexts);
    }
    return {
      ...claim,
      figure: figureOf(claim.id),
      sourceIds: integrity.claimSources.get(claim.id) ?? [],
      formulaText,
      derivation: integrity.derivations.get(claim.id) ?? null,
      printedPrecision: integrity.printedPrecision.get(claim.id) ?? null,
    };
  });

  return { dataset: { sources, claims: resolved, events, background, renamed }, problems };
}

/** The dataset, or a DataIntegrityError listing every problem one per line. */
export function loadDataset(raw: RawData, options: CheckOptions = {}): Dataset {
  const { dataset, problems } = checkData(raw, options);
  if (!dataset) throw new DataIntegrityError(problems);
  return dataset;
}
