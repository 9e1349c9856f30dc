import { uncoveredStretches } from './coverage';
import { evaluateFormula, formulaSymbols, roundFigure } from './derive';
import type { Figure } from './figure';
import { entryCarriesHedge, hedgesInQuote } from './hedges';
import { readPrintedFigure, type PrintedPrecision } from './printed-figure';
import type { DataProblem } from './problems';
import type {
  Background,
  DateRef,
  Event,
  ParsedClaim,
  PrintedClaim,
  Renamed,
  Source,
} from './schema';
import { textContains, textMentions } from './text';

/**
 * Rules that span entries and fields, run after every entry has passed its
 * zod schema. Each returns problems rather than throwing, so one run reports
 * everything that is wrong.
 */

type Report = (problem: Pick<DataProblem, 'field' | 'message'>) => void;

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
 * `yearFromContext`, and one that is printed must not be: pages bracket a
 * year from context, "16 January [2026]", so the flag must be true.
 */
function checkDateWording(when: DateRef, report: Report, field: string) {
  if (when.precision === 'none') {
    if (when.yearFromContext) {
      report({
        field: `${field}.yearFromContext`,
        message: 'an undated entry has no year to take from context',
      });
    }
    return;
  }
  const [year, month, day] = when.date.split('-');
  if (when.asPrinted === null) {
    if (!when.yearFromContext) {
      report({
        field: `${field}.yearFromContext`,
        message: `no date is printed: say where ${year} comes from`,
      });
    }
    return;
  }
  const printed = when.asPrinted.toLowerCase();
  const printedYears: string[] = printed.match(/\b\d{4}\b/g) ?? [];
  if (printedYears.length > 0 && year && !printedYears.includes(year)) {
    report({
      field: `${field}.date`,
      message: `${when.date} does not match the printed "${when.asPrinted}"`,
    });
  }
  if (printedYears.length === 0 && !when.yearFromContext) {
    report({
      field: `${field}.yearFromContext`,
      message: `"${when.asPrinted}" prints no year: say where ${year} comes from`,
    });
  }
  if (printedYears.length > 0 && when.yearFromContext) {
    report({
      field: `${field}.yearFromContext`,
      message: `"${when.asPrinted}" prints its year: it is not from context`,
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

/**
 * The printed words must give the stored value, qualifier and unit. Returns
 * how finely the figure is printed, or null when the words cannot be read.
 */
function checkPrintedClaim(claim: PrintedClaim, report: Report): PrintedPrecision | null {
  if (!textContains(claim.quote, claim.asPrinted)) {
    report({
      field: 'quote',
      message: `does not contain the number as printed "${claim.asPrinted}"`,
    });
  }
  if (claim.when.asPrinted && !textContains(claim.quote, claim.when.asPrinted)) {
    report({ field: 'when.asPrinted', message: `"${claim.when.asPrinted}" is not in the quote` });
  }
  if (claim.statedOn?.asPrinted && !textContains(claim.quote, claim.statedOn.asPrinted)) {
    report({
      field: 'statedOn.asPrinted',
      message: `"${claim.statedOn.asPrinted}" is not in the quote`,
    });
  }
  if (claim.attribution && !textContains(claim.quote, claim.attribution)) {
    report({ field: 'attribution', message: `"${claim.attribution}" is not in the quote` });
  }
  if (claim.qualifier === 'range' && !(claim.low < claim.high)) {
    report({ field: 'low', message: `low (${claim.low}) must be less than high (${claim.high})` });
  }

  const reading = readPrintedFigure(claim.asPrinted);
  if (typeof reading === 'string') {
    report({ field: 'asPrinted', message: reading });
    return null;
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
  return reading.precision;
}

/**
 * A hedge or attribution in a quote must survive in the entry's own words
 * (lib/data/hedges.ts). An approximation may instead be carried by the
 * figure's qualifier, which every surface prints as "about".
 */
function checkHedges(
  quote: string,
  ownWords: string,
  approximateFigure: boolean,
  report: Report,
  field: string,
) {
  for (const { kind, word } of hedgesInQuote(quote)) {
    if (kind === 'approximation' && approximateFigure) continue;
    if (entryCarriesHedge(ownWords, kind)) continue;
    report({
      field,
      message: `the quote says "${word}" (${kind}): say it too, or the entry claims more than its source`,
    });
  }
}

export interface IntegrityInput {
  sources: readonly Source[];
  claims: readonly ParsedClaim[];
  events: readonly Event[];
  background: readonly Background[];
  renamed: readonly Renamed[];
  /**
   * Full article texts by source id; when given, every quote must appear in
   * its source verbatim, and every word of each text must be covered.
   */
  sourceTexts?: Readonly<Record<string, string>>;
  /** Ids of entries that failed their schema: references to them are not reported again. */
  rejectedIds?: { sources: ReadonlySet<string>; claims: ReadonlySet<string> };
}

/** What the checks learn about a derived figure on the way. */
export interface Derivation {
  /** '≈' when rounding to `decimals` changed the computed value, else '='. */
  relation: '=' | '≈';
  /** An input is approximate (directly or through its own inputs): shown with "about". */
  approximate: boolean;
}

export interface IntegrityResult {
  problems: DataProblem[];
  /** Each claim's figure (derived ones computed) and the sources it rests on. */
  figures: Map<string, Figure>;
  claimSources: Map<string, string[]>;
  printedPrecision: Map<string, PrintedPrecision>;
  derivations: Map<string, Derivation>;
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
  const printedPrecision = new Map<string, PrintedPrecision>();
  const derivations = new Map<string, Derivation>();

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
      if (claim.statedOn) checkDateOrder(claim.statedOn, [source], report, 'statedOn');
    }
    checkDateWording(claim.when, report, 'when');
    if (claim.statedOn) checkDateWording(claim.statedOn, report, 'statedOn');
    const precision = checkPrintedClaim(claim, report);
    if (precision) printedPrecision.set(claim.id, precision);
    checkNoFigures(claim.label, report, 'label');
    checkHedges(
      claim.quote,
      `${claim.label} ${claim.attribution ?? ''}`,
      claim.qualifier === 'approximately',
      report,
      'label',
    );
    figures.set(claim.id, printedFigureOf(claim));
    claimSources.set(claim.id, [claim.sourceId]);
    if (problems.length > before) faulty.add(claim.id);
  }

  // Derived claims may build on derived claims: resolve in dependency order and report cycles.
  const resolving = new Set<string>();
  const isApproximate = (id: string) =>
    claimById.get(id)?.qualifier === 'approximately' || derivations.get(id)?.approximate === true;
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
    let exact: Figure;
    try {
      exact = evaluateFormula(claim.formula, inputFigures);
    } catch (error) {
      report({ field: 'formula', message: (error as Error).message });
      return false;
    }
    const computed = roundFigure(exact, claim.decimals);

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
    const rounded =
      exact.kind === 'point' && computed.kind === 'point'
        ? !sameNumber(exact.value, computed.value)
        : exact.kind === 'range' && computed.kind === 'range'
          ? !sameNumber(exact.low, computed.low) || !sameNumber(exact.high, computed.high)
          : true;
    derivations.set(claim.id, {
      relation: rounded ? '≈' : '=',
      approximate: Object.values(claim.inputs).some(isApproximate),
    });
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
    const quotes: string[] = [];
    const approximateFigure = event.claimIds.some(
      (id) => claimById.get(id)?.qualifier === 'approximately',
    );
    event.citations.forEach((citation, index) => {
      const field = `citations.${index}`;
      if (seen.has(citation.sourceId)) {
        report({
          field: `${field}.sourceId`,
          message: `cites "${citation.sourceId}" twice: give one citation several quotes`,
        });
      }
      seen.add(citation.sourceId);
      // The passages still name actors and dates, whatever is wrong with the source.
      quotes.push(...citation.quotes);
      const source = sourceById.get(citation.sourceId);
      if (!source) {
        report({ field: `${field}.sourceId`, message: unknown('source', citation.sourceId) });
        return;
      }
      citedSources.push(source);
      citation.quotes.forEach((quote, quoteIndex) => {
        checkQuote(citation.sourceId, quote, report, `${field}.quotes.${quoteIndex}`);
        checkHedges(
          quote,
          `${event.title} ${event.summary}`,
          approximateFigure,
          report,
          `${field}.quotes.${quoteIndex}`,
        );
      });
    });
    event.claimIds.forEach((claimId, index) => {
      if (!claimById.has(claimId)) {
        report({ field: `claimIds.${index}`, message: unknown('claim', claimId) });
      }
    });
    // An actor is named only as an article names it, in the passages cited.
    event.actors.forEach((actor, index) => {
      for (const [spelling, field] of [
        [actor.name, `actors.${index}.name`],
        ...actor.aliases.map((alias, aliasIndex) => [
          alias,
          `actors.${index}.aliases.${aliasIndex}`,
        ]),
      ] as const) {
        if (!quotes.some((quote) => textMentions(quote, spelling))) {
          report({
            field: field.replace(/\.name$/, ''),
            message: `"${spelling}" is not how any cited passage names it`,
          });
        }
      }
    });
    checkNoFigures(event.title, report, 'title');
    checkNoFigures(event.summary, report, 'summary');
    const printedDate = event.when.asPrinted;
    if (printedDate && !quotes.some((quote) => textContains(quote, printedDate))) {
      report({ field: 'when.asPrinted', message: `"${printedDate}" is in no citation's quote` });
    }
    checkDateWording(event.when, report, 'when');
    checkDateOrder(event.when, citedSources, report, 'when');
  }

  for (const passage of input.background) {
    const report = reporter('background', passage.id);
    if (!sourceById.has(passage.sourceId)) {
      report({ field: 'sourceId', message: unknown('source', passage.sourceId) });
    } else {
      checkQuote(passage.sourceId, passage.quote, report, 'quote');
    }
  }

  // An old id points at a current entry, and no current entry uses it again.
  const eventIds = new Set(input.events.map((event) => event.id));
  for (const rename of input.renamed) {
    const report = reporter('renamed', rename.from);
    const current = rename.kind === 'claim' ? claimById : eventIds;
    if (!current.has(rename.to))
      report({ field: 'to', message: `no ${rename.kind} "${rename.to}"` });
    if (current.has(rename.from)) {
      report({ field: 'from', message: `a ${rename.kind} still has the id "${rename.from}"` });
    }
  }

  // Coverage: every content word of each article is in something data/ records.
  if (input.sourceTexts) {
    for (const source of input.sources) {
      const text = input.sourceTexts[source.id];
      if (text === undefined) continue;
      const passages = [
        source.title,
        source.author,
        source.publishedAsPrinted,
        source.publisherEvidence,
        ...input.claims.flatMap((claim) =>
          claim.qualifier !== 'derived' && claim.sourceId === source.id ? [claim.quote] : [],
        ),
        ...input.events.flatMap((event) =>
          event.citations.flatMap((citation) =>
            citation.sourceId === source.id ? citation.quotes : [],
          ),
        ),
        ...input.background.flatMap((passage) =>
          passage.sourceId === source.id ? [passage.quote] : [],
        ),
      ].filter((passage): passage is string => typeof passage === 'string');
      for (const found of uncoveredStretches(text, passages)) {
        const stretch = found.length > 90 ? `${found.slice(0, 80).trimEnd()}…` : found;
        reporter(
          'sources',
          source.id,
        )({
          field: 'text',
          message: `"${stretch}" is in no claim, event or background passage: record it or say why not`,
        });
      }
    }
  }

  return { problems, figures, claimSources, printedPrecision, derivations };
}
