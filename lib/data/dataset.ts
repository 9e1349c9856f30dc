import type { z } from 'zod';
import { formatFigure } from '../format/figure';
import { formatNumber } from '../format/number';
import { formulaWithValues } from './derive';
import type { Figure } from './figure';
import { checkIntegrity } from './integrity';
import { DataIntegrityError, type DataProblem } from './problems';
import {
  claimSchema,
  eventSchema,
  sourceSchema,
  type Event,
  type ParsedClaim,
  type RawData,
  type Source,
} from './schema';

/** A claim as the app uses it: its figure resolved and the sources it rests on. */
export type Claim = ParsedClaim & {
  figure: Figure;
  /** The claim's own source, or for a derived claim every source of its inputs. */
  sourceIds: string[];
  /** For a derived claim: the formula with its inputs' values, "2,777 ÷ (1 + 95.8 ÷ 100)". */
  formulaText: string | null;
};

export interface Dataset {
  sources: Source[];
  claims: Claim[];
  events: Event[];
}

export interface CheckOptions {
  /** Full article texts by source id; when given, every quote is checked against them. */
  sourceTexts?: Readonly<Record<string, string>>;
}

function entryLabel(entry: unknown, index: number): string {
  const id = (entry as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id.length > 0 ? id : `#${index + 1} (no id)`;
}

function parseList<T>(
  collection: DataProblem['collection'],
  entries: readonly unknown[],
  schema: z.ZodType<T>,
  problems: DataProblem[],
  rejected: Set<string> = new Set(),
): T[] {
  const parsed: T[] = [];
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    const label = entryLabel(entry, index);
    if (seen.has(label)) {
      problems.push({ collection, entry: label, field: 'id', message: 'is used by another entry' });
    }
    seen.add(label);
    const result = schema.safeParse(entry);
    if (result.success) {
      parsed.push(result.data);
      return;
    }
    rejected.add(label);
    for (const issue of result.error.issues) {
      problems.push({
        collection,
        entry: label,
        field: issue.path.length > 0 ? issue.path.join('.') : '(entry)',
        message: issue.message,
      });
    }
  });
  return parsed;
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

  const integrity = checkIntegrity({
    sources,
    claims,
    events,
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
    };
  });

  return { dataset: { sources, claims: resolved, events }, problems };
}

/** The dataset, or a DataIntegrityError listing every problem one per line. */
export function loadDataset(raw: RawData, options: CheckOptions = {}): Dataset {
  const { dataset, problems } = checkData(raw, options);
  if (!dataset) throw new DataIntegrityError(problems);
  return dataset;
}
