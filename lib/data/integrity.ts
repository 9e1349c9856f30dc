import { evaluateFormula, formulaSymbols, roundFigure } from './derive';
import type { Figure } from './figure';
import { readPrintedFigure } from './printed-figure';
import type { DataProblem } from './problems';
import type { DateRef, Event, ParsedClaim, PrintedClaim, Source } from './schema';

/**
 * Rules that span entries and fields, run after every entry has passed its
 * zod schema. Each returns problems rather than throwing, so one run reports
 * everything that is wrong.
 */

type Report = (problem: Pick<DataProblem, 'field' | 'message'>) => void;

/** Whitespace-insensitive containment: quotes cross line breaks in the articles. */
export function normaliseText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function textContains(haystack: string, needle: string): boolean {
  return normaliseText(haystack).includes(normaliseText(needle));
}

const monthNames = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** The first day a partial ISO date can mean, for ordering ("2024-03" → "2024-03-01"). */
function firstDay(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/**
 * A printed date must say what the ISO date says: "On January 19" cannot
 * back 2026-01-18. A year that is not printed must be explained in
 * `fromContext`.
 */
function checkDateWording(when: DateRef, report: Report, field: string) {
  if (when.precision === 'none' || when.asPrinted === null) return;
  const printed = when.asPrinted.toLowerCase();
  const [year, month, day] = when.date.split('-');
  const printedYears: string[] = printed.match(/\b\d{4}\b/g) ?? [];
  if (printedYears.length > 0 && year && !printedYears.includes(year)) {
    report({
      field: `${field}.date`,
      message: `${when.date} does not match the printed "${when.asPrinted}"`,
    });
  }
  if (printedYears.length === 0 && !when.fromContext) {
    report({
      field: `${field}.fromContext`,
      message: `"${when.asPrinted}" prints no year: say where ${year} comes from`,
    });
  }
  if (month) {
    const printedMonth = monthNames.findIndex((name) => printed.includes(name));
    if (printedMonth >= 0 && printedMonth + 1 !== Number(month)) {
      report({
        field: `${field}.date`,
        message: `${when.date} does not match the printed "${when.asPrinted}"`,
      });
    }
  }
  if (day) {
    const printedDay = /\b(\d{1,2})\b/.exec(printed)?.[1];
    if (printedDay && Number(printedDay) !== Number(day)) {
      report({
        field: `${field}.date`,
        message: `${when.date} does not match the printed "${when.asPrinted}"`,
      });
    }
  }
}

/** Dates are ordered, and nothing happens after the source that reports it was published. */
function checkDateOrder(when: DateRef, sources: readonly Source[], report: Report, field: string) {
  if (when.precision === 'none') return;
  if (when.end && firstDay(when.end) < firstDay(when.date)) {
    report({ field: `${field}.end`, message: `${when.end} is before the start ${when.date}` });
  }
  for (const source of sources) {
    for (const [part, value] of [
      ['date', when.date],
      ['end', when.end],
    ] as const) {
      if (value && firstDay(value) > source.publishedOn) {
        report({
          field: `${field}.${part}`,
          message: `${value} is after ${source.id} was published (${source.publishedOn})`,
        });
      }
    }
  }
}

/**
 * The first figure in a piece of prose, or null: a numeral not part of a
 * model designation (Mi-171A2, JF-17), or a number word.
 */
export function figureInProse(text: string): string | null {
  const numeral = /(?:^|[^A-Za-z0-9-])(\d[\d,.]*)/.exec(text);
  if (numeral?.[1]) return numeral[1];
  const word =
    /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|millions?|billions?)\b/i.exec(
      text,
    );
  return word?.[1] ?? null;
}

/**
 * Prose in data/ (labels, summaries, notes) carries no figures: a number
 * typed there would bypass its claim, its check and the formatter, and go
 * stale when the claim changes.
 */
function checkNoFigures(text: string, report: Report, field: string) {
  const figure = figureInProse(text);
  if (figure) {
    report({
      field,
      message: `contains the figure "${figure}": put figures in claims and link them with claimIds`,
    });
  }
}

function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

export function printedFigureOf(claim: PrintedClaim): Figure {
  return claim.qualifier === 'range'
    ? { kind: 'range', low: claim.low, high: claim.high }
    : { kind: 'point', value: claim.value };
}

/** The printed words must give the stored value, qualifier and unit. */
function checkPrintedClaim(claim: PrintedClaim, report: Report) {
  if (!textContains(claim.quote, claim.asPrinted)) {
    report({
      field: 'quote',
      message: `does not contain the number as printed "${claim.asPrinted}"`,
    });
  }
  if (claim.when.asPrinted && !textContains(claim.quote, claim.when.asPrinted)) {
    report({ field: 'when.asPrinted', message: `"${claim.when.asPrinted}" is not in the quote` });
  }
  if (claim.qualifier === 'range' && !(claim.low < claim.high)) {
    report({ field: 'low', message: `low (${claim.low}) must be less than high (${claim.high})` });
  }

  const reading = readPrintedFigure(claim.asPrinted);
  if (typeof reading === 'string') {
    report({ field: 'asPrinted', message: reading });
    return;
  }
  if (reading.qualifier !== claim.qualifier) {
    report({
      field: 'qualifier',
      message: `"${claim.asPrinted}" reads as ${reading.qualifier}, not ${claim.qualifier}`,
    });
  }
  const stored = printedFigureOf(claim);
  const storedValues = stored.kind === 'point' ? [stored.value] : [stored.low, stored.high];
  const fields = stored.kind === 'point' ? ['value'] : ['low', 'high'];
  storedValues.forEach((value, index) => {
    const printed = reading.values[index];
    if (printed === undefined || !sameNumber(printed, value)) {
      report({
        field: fields[index] ?? 'value',
        message: `${value} does not match "${claim.asPrinted}" (reads as ${printed ?? 'nothing'})`,
      });
    }
  });
  if (reading.percent !== (claim.unit === 'percent')) {
    report({ field: 'unit', message: `"${claim.asPrinted}" does not fit unit ${claim.unit}` });
  }
  if ((reading.currency === 'usd') !== (claim.unit === 'usd')) {
    report({ field: 'unit', message: `"${claim.asPrinted}" does not fit unit ${claim.unit}` });
  }
}

export interface IntegrityInput {
  sources: readonly Source[];
  claims: readonly ParsedClaim[];
  events: readonly Event[];
  /** Full article texts by source id; when given, every quote must appear in its source verbatim. */
  sourceTexts?: Readonly<Record<string, string>>;
  /** Ids of entries that failed their schema: references to them are not reported again. */
  rejectedIds?: { sources: ReadonlySet<string>; claims: ReadonlySet<string> };
}

export interface IntegrityResult {
  problems: DataProblem[];
  /** Each claim's figure (derived ones computed) and the sources it rests on. */
  figures: Map<string, Figure>;
  claimSources: Map<string, string[]>;
}

export function checkIntegrity(input: IntegrityInput): IntegrityResult {
  const problems: DataProblem[] = [];
  const reporter =
    (collection: DataProblem['collection'], entry: string): Report =>
    (problem) =>
      problems.push({ collection, entry, ...problem });

  const sourceById = new Map(input.sources.map((source) => [source.id, source]));
  const claimById = new Map(input.claims.map((claim) => [claim.id, claim]));
  const unknown = (kind: 'source' | 'claim', id: string) =>
    input.rejectedIds?.[kind === 'source' ? 'sources' : 'claims'].has(id)
      ? `${kind} "${id}" failed its own checks (see its lines)`
      : `unknown ${kind} "${id}"`;

  const checkQuote = (sourceId: string, quote: string, report: Report, field: string) => {
    const text = input.sourceTexts?.[sourceId];
    if (input.sourceTexts && text === undefined) {
      report({ field, message: `no text stored for source "${sourceId}"` });
    } else if (text !== undefined && !textContains(text, quote)) {
      report({ field, message: `not found verbatim in the text of ${sourceId}` });
    }
  };

  for (const source of input.sources) {
    if (input.sourceTexts && input.sourceTexts[source.id] === undefined) {
      reporter(
        'sources',
        source.id,
      )({ field: 'textFile', message: `${source.textFile} is missing or empty` });
    }
  }

  const figures = new Map<string, Figure>();
  const claimSources = new Map<string, string[]>();

  // Claims with problems of their own: derived claims built on them are not recomputed.
  const faulty = new Set<string>();
  for (const claim of input.claims) {
    if (claim.qualifier === 'derived') continue;
    const before = problems.length;
    const report = reporter('claims', claim.id);
    const source = sourceById.get(claim.sourceId);
    if (!source) {
      report({ field: 'sourceId', message: unknown('source', claim.sourceId) });
    } else {
      checkQuote(claim.sourceId, claim.quote, report, 'quote');
      checkDateOrder(claim.when, [source], report, 'when');
    }
    checkDateWording(claim.when, report, 'when');
    checkPrintedClaim(claim, report);
    checkNoFigures(claim.label, report, 'label');
    figures.set(claim.id, printedFigureOf(claim));
    claimSources.set(claim.id, [claim.sourceId]);
    if (problems.length > before) faulty.add(claim.id);
  }

  // Derived claims may build on derived claims: resolve in dependency order and report cycles.
  const resolving = new Set<string>();
  const resolveDerived = (id: string): boolean => {
    if (figures.has(id)) return true;
    const claim = claimById.get(id);
    if (!claim || claim.qualifier !== 'derived') return false;
    const report = reporter('claims', claim.id);
    if (resolving.has(id)) {
      report({ field: 'inputs', message: 'inputs form a cycle' });
      return false;
    }
    resolving.add(id);

    let inputsOk = true;
    for (const [name, inputId] of Object.entries(claim.inputs)) {
      if (!claimById.has(inputId)) {
        report({ field: `inputs.${name}`, message: unknown('claim', inputId) });
        inputsOk = false;
      } else if (!resolveDerived(inputId)) {
        inputsOk = false;
      }
    }
    resolving.delete(id);
    if (!inputsOk) return false;
    if (Object.values(claim.inputs).some((inputId) => faulty.has(inputId))) {
      faulty.add(id);
      return false;
    }

    let symbols: string[];
    try {
      symbols = formulaSymbols(claim.formula);
    } catch (error) {
      report({ field: 'formula', message: `cannot be parsed: ${(error as Error).message}` });
      return false;
    }
    const unbound = symbols.filter((name) => !(name in claim.inputs));
    if (unbound.length > 0) {
      report({ field: 'formula', message: `uses ${unbound.join(', ')}, which inputs do not name` });
      return false;
    }
    const unused = Object.keys(claim.inputs).filter((name) => !symbols.includes(name));
    if (unused.length > 0) {
      report({ field: 'inputs', message: `${unused.join(', ')} not used by the formula` });
    }

    const inputFigures = Object.fromEntries(
      Object.entries(claim.inputs).map(([name, inputId]) => [name, figures.get(inputId) as Figure]),
    );
    let computed: Figure;
    try {
      computed = roundFigure(evaluateFormula(claim.formula, inputFigures), claim.decimals);
    } catch (error) {
      report({ field: 'formula', message: (error as Error).message });
      return false;
    }

    const expected = claim.expected;
    const matches =
      computed.kind === 'point'
        ? 'value' in expected && sameNumber(expected.value, computed.value)
        : 'low' in expected &&
          sameNumber(expected.low, computed.low) &&
          sameNumber(expected.high, computed.high);
    if (!matches) {
      const shown =
        computed.kind === 'point' ? `${computed.value}` : `${computed.low} to ${computed.high}`;
      report({ field: 'expected', message: `does not match the formula, which gives ${shown}` });
    }
    if ('low' in expected && !(expected.low < expected.high)) {
      report({
        field: 'expected.low',
        message: `low (${expected.low}) must be less than high (${expected.high})`,
      });
    }

    const sourceIds = [
      ...new Set(Object.values(claim.inputs).flatMap((inputId) => claimSources.get(inputId) ?? [])),
    ];
    const inputSources = sourceIds.map((sid) => sourceById.get(sid)).filter((s) => s !== undefined);
    checkDateOrder(claim.when, inputSources, report, 'when');
    checkDateWording(claim.when, report, 'when');
    checkNoFigures(claim.label, report, 'label');
    checkNoFigures(claim.note, report, 'note');
    figures.set(claim.id, computed);
    claimSources.set(claim.id, sourceIds);
    return true;
  };
  for (const claim of input.claims) {
    if (claim.qualifier === 'derived') resolveDerived(claim.id);
  }

  for (const event of input.events) {
    const report = reporter('events', event.id);
    const citedSources: Source[] = [];
    const seen = new Set<string>();
    event.citations.forEach((citation, index) => {
      const field = `citations.${index}`;
      if (seen.has(citation.sourceId)) {
        report({ field: `${field}.sourceId`, message: `cites "${citation.sourceId}" twice` });
      }
      seen.add(citation.sourceId);
      const source = sourceById.get(citation.sourceId);
      if (!source) {
        report({ field: `${field}.sourceId`, message: unknown('source', citation.sourceId) });
        return;
      }
      citedSources.push(source);
      checkQuote(citation.sourceId, citation.quote, report, `${field}.quote`);
    });
    event.claimIds.forEach((claimId, index) => {
      if (!claimById.has(claimId)) {
        report({ field: `claimIds.${index}`, message: unknown('claim', claimId) });
      }
    });
    checkNoFigures(event.title, report, 'title');
    checkNoFigures(event.summary, report, 'summary');
    const printedDate = event.when.asPrinted;
    if (printedDate && !event.citations.some((c) => textContains(c.quote, printedDate))) {
      report({ field: 'when.asPrinted', message: `"${printedDate}" is in no citation's quote` });
    }
    checkDateWording(event.when, report, 'when');
    checkDateOrder(event.when, citedSources, report, 'when');
  }

  return { problems, figures, claimSources };
}
