import { formatFigure } from '../format/figure';
import { formatNumber } from '../format/number';
import { locales, type Locale } from '../i18n/locales';
import { checkDateOrder, checkDateWording } from './check-dates';
import { printedFigureOf, checkPrintedClaim, sameNumber } from './check-printed';
import { checkHedges, checkNoFigures } from './check-prose';
import { uncoveredStretches } from './coverage';
import type {
  Actor,
  Citation,
  Claim,
  Dataset,
  DerivedClaim,
  Event,
  Located,
  ParsedData,
  PrintedClaim,
} from './dataset';
import { evaluateFormula, formulaSymbols, formulaWithValues, roundFigure } from './derive';
import type { Figure } from './figure';
import type { PrintedPrecision } from './printed-figure';
import type { DataProblem, Report } from './problems';
import type { BriefingConfig, Measure, Source } from './schema';
import { textContains, textMentions } from './text';

/**
 * Rules that span entries, files and folders, run after every entry has
 * passed its zod schema; then the entries are resolved into the dataset the
 * site is built from. Each rule reports problems rather than throwing, so
 * one run reports everything that is wrong.
 */

/** What the checks learn about a derived figure on the way. */
export interface Derivation {
  /** '≈' when rounding to `decimals` changed the computed value, else '='. */
  relation: '=' | '≈';
  /** An input is approximate (directly or through its own inputs): shown with "about". */
  approximate: boolean;
}

/** Ids that name pages of their own (/claims/page/2), so no entry may take them. */
const RESERVED_IDS = new Set(['page']);

export function checkIntegrity(
  parsed: ParsedData,
  problems: DataProblem[],
  options: { checkTexts?: boolean },
): Omit<Dataset, 'translations'> {
  const reporter =
    (file: string, entry: string): Report =>
    (problem) =>
      problems.push({ file, entry, ...problem });

  const sourceById = new Map(parsed.sources.map(({ entry }) => [entry.id, entry]));
  const measureById = new Map(parsed.measures.map(({ entry }) => [entry.id, entry]));
  const claimEntries = new Map<string, PrintedClaim | DerivedClaim>([
    ...parsed.claims.map(({ entry }) => [entry.id, entry] as const),
    ...parsed.derived.map(({ entry }) => [entry.id, entry] as const),
  ]);
  const unknown = (kind: keyof ParsedData['rejected'], id: string) =>
    parsed.rejected[kind].has(id)
      ? `${kind.slice(0, -1)} "${id}" failed its own checks (see its lines)`
      : `unknown ${kind.slice(0, -1)} "${id}"`;

  const checkQuote = (sourceId: string, quote: string, report: Report, field: string) => {
    if (!options.checkTexts) return;
    const text = parsed.texts.get(sourceId);
    if (text !== undefined && !textContains(text, quote)) {
      report({ field, message: `not found verbatim in the text of ${sourceId}` });
    }
  };

  // ── Sources and measures ──────────────────────────────────────────────
  for (const { file, entry: source } of parsed.sources) {
    const report = reporter(file, source.id);
    if (options.checkTexts && !parsed.texts.has(source.id)) {
      report({ field: '(folder)', message: 'text.txt is missing or empty' });
    }
    if (RESERVED_IDS.has(source.id)) report({ field: '(folder)', message: 'is a reserved name' });
  }
  for (const { file, entry: measure } of parsed.measures) {
    const report = reporter(file, measure.id);
    checkNoFigures(measure.label, report, 'label');
    checkNoFigures(measure.shortLabel, report, 'shortLabel');
    for (const field of ['sentence', 'annotation'] as const) {
      const text = measure[field];
      if (!text) continue;
      const unknownPlaceholder = /\{(?!figure\}|period\})[^}]*\}/.exec(text)?.[0];
      if (unknownPlaceholder) {
        report({ field, message: `${unknownPlaceholder} is not {figure} or {period}` });
      }
      checkNoFigures(text.replace(/\{(figure|period)\}/g, ''), report, field);
    }
  }

  // ── Printed claims ────────────────────────────────────────────────────
  const figures = new Map<string, Figure>();
  const claimSources = new Map<string, string[]>();
  const printedPrecision = new Map<string, PrintedPrecision>();
  const derivations = new Map<string, Derivation>();
  const faulty = new Set<string>();

  const checkMeasure = (claim: PrintedClaim | DerivedClaim, report: Report): Measure | null => {
    const measure = measureById.get(claim.measure);
    if (!measure) {
      report({ field: 'measure', message: unknown('measures', claim.measure) });
      return null;
    }
    const precision = claim.when.precision;
    if (measure.period === 'year' && precision !== 'year') {
      report({
        field: 'when.precision',
        message: `${measure.id} is counted per calendar year: date the claim to its year`,
      });
    }
    if (measure.period === 'as-of' && precision !== 'none') {
      report({
        field: 'when.precision',
        message: `${measure.id} is counted as of the article: the claim has no date of its own`,
      });
    }
    return measure;
  };

  for (const { file, entry: claim } of parsed.claims) {
    const before = problems.length;
    const report = reporter(file, claim.id);
    const source = sourceById.get(claim.sourceId);
    if (RESERVED_IDS.has(claim.id)) report({ field: 'id', message: 'is a reserved name' });
    const measure = checkMeasure(claim, report);
    checkQuote(claim.sourceId, claim.quote, report, 'quote');
    if (source) {
      checkDateOrder(claim.when, [source], report, 'when');
      if (claim.statedOn) checkDateOrder(claim.statedOn, [source], report, 'statedOn');
    }
    checkDateWording(claim.when, report, 'when');
    if (claim.statedOn) checkDateWording(claim.statedOn, report, 'statedOn');
    if (measure) {
      const precision = checkPrintedClaim(claim, measure.unit, report);
      if (precision) printedPrecision.set(claim.id, precision);
      checkHedges(
        claim.quote,
        `${measure.label} ${claim.attribution ?? ''}`,
        claim.qualifier === 'approximately',
        report,
        'attribution',
      );
    }
    figures.set(claim.id, printedFigureOf(claim));
    claimSources.set(claim.id, [claim.sourceId]);
    if (problems.length > before) faulty.add(claim.id);
  }

  // ── Derived claims: may build on each other; resolved in dependency order ──
  const derivedFile = new Map(parsed.derived.map(({ file, entry }) => [entry.id, file]));
  const resolving = new Set<string>();
  const isApproximate = (id: string) =>
    claimEntries.get(id)?.qualifier === 'approximately' ||
    derivations.get(id)?.approximate === true;
  const resolveDerived = (id: string): boolean => {
    if (figures.has(id)) return true;
    const claim = claimEntries.get(id);
    if (!claim || claim.qualifier !== 'derived') return false;
    const report = reporter(derivedFile.get(id) ?? 'data/derived.ts', claim.id);
    if (resolving.has(id)) {
      report({ field: 'inputs', message: 'inputs form a cycle' });
      return false;
    }
    resolving.add(id);
    let inputsOk = true;
    for (const [name, inputId] of Object.entries(claim.inputs)) {
      if (!claimEntries.has(inputId)) {
        report({ field: `inputs.${name}`, message: unknown('claims', inputId) });
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
    const inputSources = sourceIds.flatMap((sid) => sourceById.get(sid) ?? []);
    checkMeasure(claim, report);
    checkDateOrder(claim.when, inputSources, report, 'when');
    checkDateWording(claim.when, report, 'when');
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
  for (const { entry } of parsed.derived) resolveDerived(entry.id);

  // ── Events: each defined once, cited by any other article that reports it ──
  const definitions = new Map(parsed.events.map((located) => [located.entry.id, located]));
  const citationsOf = new Map<string, Located<ParsedData['citations'][number]['entry']>[]>();
  for (const located of parsed.citations) {
    const list = citationsOf.get(located.entry.cites) ?? [];
    list.push(located);
    citationsOf.set(located.entry.cites, list);
  }

  for (const { file, entry: event } of parsed.events) {
    const report = reporter(file, event.id);
    const source = sourceById.get(event.sourceId);
    const approximateFigure = event.claimIds.some(
      (id) => claimEntries.get(id)?.qualifier === 'approximately',
    );
    event.quotes.forEach((quote, index) => {
      checkQuote(event.sourceId, quote, report, `quotes.${index}`);
      checkHedges(
        quote,
        `${event.title} ${event.summary}`,
        approximateFigure,
        report,
        `quotes.${index}`,
      );
    });
    event.claimIds.forEach((claimId, index) => {
      if (!claimEntries.has(claimId)) {
        report({ field: `claimIds.${index}`, message: unknown('claims', claimId) });
      }
    });
    checkActors(event.actors, event.quotes, report);
    checkNoFigures(event.title, report, 'title');
    checkNoFigures(event.summary, report, 'summary');
    const printedDate = event.when.asPrinted;
    if (printedDate && !event.quotes.some((quote) => textContains(quote, printedDate))) {
      report({ field: 'when.asPrinted', message: `"${printedDate}" is in no quote` });
    }
    checkDateWording(event.when, report, 'when');
    if (source) checkDateOrder(event.when, [source], report, 'when');
  }

  for (const { file, entry: citation } of parsed.citations) {
    const report = reporter(file, `cites ${citation.cites}`);
    const defined = definitions.get(citation.cites);
    if (!defined) {
      report({ field: 'cites', message: unknown('events', citation.cites) });
      continue;
    }
    if (defined.entry.sourceId === citation.sourceId) {
      report({ field: 'cites', message: 'this article defines the event: quote it there' });
    }
    const sameFolder = (citationsOf.get(citation.cites) ?? []).filter(
      (other) => other.entry.sourceId === citation.sourceId,
    );
    if (sameFolder.length > 1 && sameFolder[0]?.entry !== citation) {
      report({ field: 'cites', message: 'is cited twice: give one citation several quotes' });
    }
    const source = sourceById.get(citation.sourceId);
    const event = defined.entry;
    citation.quotes.forEach((quote, index) => {
      checkQuote(citation.sourceId, quote, report, `quotes.${index}`);
      checkHedges(
        quote,
        `${event.title} ${event.summary} ${citation.adds ?? ''}`,
        event.claimIds.some((id) => claimEntries.get(id)?.qualifier === 'approximately'),
        report,
        `quotes.${index}`,
      );
    });
    if (citation.adds) checkNoFigures(citation.adds, report, 'adds');
    checkActors(citation.actors, citation.quotes, report);
    const definedNames = new Set(event.actors.map((actor) => actor.name.toLowerCase()));
    citation.actors.forEach((actor, index) => {
      if (actor.sameAs && !definedNames.has(actor.sameAs.toLowerCase())) {
        report({
          field: `actors.${index}.sameAs`,
          message: `"${actor.sameAs}" is not an actor of the event as ${event.sourceId} defines it`,
        });
      }
    });
    if (source) checkDateOrder(event.when, [source], report, 'cites');
  }

  // Two articles describing one event under two ids: the same date and the same actors.
  const byDateAndActors = new Map<string, Located<ParsedData['events'][number]['entry']>>();
  for (const located of parsed.events) {
    const { when, actors } = located.entry;
    if (when.precision === 'none' || actors.length === 0) continue;
    const key = `${when.precision}:${when.date}:${actors
      .map((actor) => actor.name.toLowerCase())
      .sort()
      .join('|')}`;
    const earlier = byDateAndActors.get(key);
    if (earlier && earlier.entry.sourceId !== located.entry.sourceId) {
      reporter(
        located.file,
        located.entry.id,
      )({
        field: 'id',
        message: `describes the same event as "${earlier.entry.id}" in ${earlier.file} (same date and actors): cite it instead`,
      });
    } else {
      byDateAndActors.set(key, located);
    }
  }

  // ── Background, and every word of every article ───────────────────────
  for (const { file, entry: passage } of parsed.background) {
    checkQuote(passage.sourceId, passage.quote, reporter(file, passage.id), 'quote');
  }
  const seenPassages = new Set<string>();
  for (const { file, entry: passage } of parsed.background) {
    const key = `${passage.sourceId}/${passage.id}`;
    if (seenPassages.has(key)) {
      reporter(file, passage.id)({ field: 'id', message: 'is used by another entry' });
    }
    seenPassages.add(key);
  }
  if (options.checkTexts) {
    // Every passage data/ records, by article, gathered once.
    const recorded = new Map<string, string[]>();
    const record = (sourceId: string, passages: readonly string[]) => {
      const list = recorded.get(sourceId);
      if (list) list.push(...passages);
      else recorded.set(sourceId, [...passages]);
    };
    for (const { entry } of parsed.claims) record(entry.sourceId, [entry.quote]);
    for (const { entry } of parsed.events) record(entry.sourceId, entry.quotes);
    for (const { entry } of parsed.citations) record(entry.sourceId, entry.quotes);
    for (const { entry } of parsed.background) record(entry.sourceId, [entry.quote]);
    for (const { file, entry: source } of parsed.sources) {
      const text = parsed.texts.get(source.id);
      if (text === undefined) continue;
      const passages = [
        source.title,
        source.author,
        source.publishedAsPrinted,
        source.publisherEvidence,
        ...(recorded.get(source.id) ?? []),
      ].filter((passage): passage is string => typeof passage === 'string');
      const textFile = file.replace(/source\.ts$/, 'text.txt');
      for (const found of uncoveredStretches(text, passages)) {
        const stretch = found.length > 90 ? `${found.slice(0, 80).trimEnd()}…` : found;
        reporter(
          textFile,
          source.id,
        )({
          field: 'text',
          message: `"${stretch}" is in no claim, event or background passage: record it or say why not`,
        });
      }
    }
  }

  // ── Charts, corrections, the briefing's choices ───────────────────────
  const eventIds = new Set(definitions.keys());
  for (const { file, entry: chart } of parsed.charts) {
    const report = reporter(file, chart.slug);
    const refer = (id: string, field: string) => {
      if (!measureById.has(id)) report({ field, message: unknown('measures', id) });
    };
    if (chart.kind === 'time-series') {
      refer(chart.measure, 'measure');
      chart.annotations.forEach((id, index) => refer(id, `annotations.${index}`));
      if (measureById.get(chart.measure)?.period !== 'year') {
        report({ field: 'measure', message: 'a time series needs a measure counted per year' });
      }
    } else if (chart.kind === 'comparison') {
      chart.measures.forEach((id, index) => refer(id, `measures.${index}`));
      chart.noted.forEach((id, index) => refer(id, `noted.${index}`));
    } else {
      const marker = definitions.get(chart.markerEvent)?.entry;
      if (!marker) report({ field: 'markerEvent', message: unknown('events', chart.markerEvent) });
      else if (marker.when.precision === 'none') {
        report({ field: 'markerEvent', message: `"${chart.markerEvent}" has no date to mark` });
      }
    }
  }

  const chartSlugs = new Set(parsed.charts.map(({ entry }) => entry.slug));
  const exists = {
    claim: (id: string) => claimEntries.has(id),
    event: (id: string) => eventIds.has(id),
    chart: (id: string) => chartSlugs.has(id),
    source: (id: string) => sourceById.has(id),
    measure: (id: string) => measureById.has(id),
  };
  const renamedFrom = new Set<string>();
  for (const { file, entry: correction } of parsed.corrections) {
    const report = reporter(file, correction.id);
    correction.entries.forEach((ref, index) => {
      if (!exists[ref.kind](ref.id)) {
        report({ field: `entries.${index}.id`, message: `no ${ref.kind} "${ref.id}"` });
      }
    });
    correction.renamed.forEach((rename, index) => {
      if (!exists[rename.kind](rename.to)) {
        report({ field: `renamed.${index}.to`, message: `no ${rename.kind} "${rename.to}"` });
      }
      if (exists[rename.kind](rename.from)) {
        report({
          field: `renamed.${index}.from`,
          message: `a ${rename.kind} still has the id "${rename.from}"`,
        });
      }
      const key = `${rename.kind}:${rename.from}`;
      if (renamedFrom.has(key)) {
        report({ field: `renamed.${index}.from`, message: `"${rename.from}" was renamed before` });
      }
      renamedFrom.add(key);
    });
  }

  const briefing = parsed.briefing?.entry ?? null;
  if (parsed.briefing && briefing)
    checkBriefing(parsed, briefing, reporter(parsed.briefing.file, 'briefing'));

  // ── Resolve ───────────────────────────────────────────────────────────
  const claims: Claim[] = [...parsed.claims, ...parsed.derived].flatMap(({ entry }) => {
    const measure = measureById.get(entry.measure);
    const figure = figures.get(entry.id);
    if (!measure || !figure) return [];
    return [
      {
        ...entry,
        label: measure.label,
        unit: measure.unit,
        topic: measure.topic,
        figure,
        sourceIds: claimSources.get(entry.id) ?? [],
        formulaText:
          entry.qualifier === 'derived'
            ? (Object.fromEntries(
                locales.map((locale) => [
                  locale,
                  formulaText(entry, claimEntries, figures, measureById, locale),
                ]),
              ) as Record<Locale, string>)
            : null,
        derivation: derivations.get(entry.id) ?? null,
        printedPrecision: printedPrecision.get(entry.id) ?? null,
      },
    ];
  });

  const events: Event[] = parsed.events.map(({ entry }) =>
    mergeEvent(entry, citationsOf.get(entry.id) ?? [], sourceById),
  );

  return {
    sources: parsed.sources.map(({ entry }) => entry),
    measures: parsed.measures.map(({ entry }) => entry),
    claims,
    events,
    background: parsed.background.map(({ entry }) => entry),
    charts: parsed.charts.map(({ entry }) => entry),
    corrections: parsed.corrections.map(({ entry }) => entry),
    briefing: briefing ?? {
      sinceEvent: '',
      leadArgument: { source: '', passage: '' },
      headlineMeasures: [],
    },
  };
}

/** An actor is named only as the article names it, in the passages it quotes. */
function checkActors(
  actors: readonly { name: string; sameAs?: string | null }[],
  quotes: readonly string[],
  report: Report,
) {
  actors.forEach((actor, index) => {
    if (!quotes.some((quote) => textMentions(quote, actor.name))) {
      report({
        field: `actors.${index}`,
        message: `"${actor.name}" is not how any quoted passage names it`,
      });
    }
  });
}

function checkBriefing(parsed: ParsedData, briefing: BriefingConfig, report: Report) {
  const since = parsed.events.find(({ entry }) => entry.id === briefing.sinceEvent)?.entry;
  if (!since) report({ field: 'sinceEvent', message: `unknown event "${briefing.sinceEvent}"` });
  else if (since.when.precision === 'none') {
    report({ field: 'sinceEvent', message: `"${since.id}" has no date to measure from` });
  }
  const { source, passage } = briefing.leadArgument;
  const lead = parsed.background.find(
    ({ entry }) => entry.sourceId === source && entry.id === passage,
  )?.entry;
  if (!lead) {
    report({ field: 'leadArgument', message: `no background passage "${passage}" in ${source}` });
  } else if (lead.kind !== 'argument') {
    report({ field: 'leadArgument', message: `"${passage}" is ${lead.kind}, not an argument` });
  }
  const measures = new Set(parsed.measures.map(({ entry }) => entry.id));
  briefing.headlineMeasures.forEach((id, index) => {
    if (!measures.has(id))
      report({ field: `headlineMeasures.${index}`, message: `unknown measure "${id}"` });
  });
}

/** The formula with its inputs' values: "2,777 ÷ (1 + 95.8 ÷ 100)", in a language's digits. */
function formulaText(
  claim: DerivedClaim,
  claims: ReadonlyMap<string, PrintedClaim | DerivedClaim>,
  figures: ReadonlyMap<string, Figure>,
  measures: ReadonlyMap<string, Measure>,
  locale: Locale,
): string {
  const inputTexts = Object.fromEntries(
    Object.entries(claim.inputs).map(([name, inputId]) => {
      const input = claims.get(inputId);
      const figure = figures.get(inputId) as Figure;
      const unit = input ? measures.get(input.measure)?.unit : undefined;
      // Percentages enter formulas as plain numbers ("95.8 ÷ 100"), other units as printed.
      const text =
        unit === 'percent' && figure.kind === 'point'
          ? formatNumber(figure.value, undefined, locale)
          : formatFigure(figure, unit ?? 'count', locale);
      return [name, figure.kind === 'range' ? `(${text})` : text];
    }),
  );
  return formulaWithValues(claim.formula, inputTexts, (value) => formatNumber(value, 10, locale));
}

/**
 * One event from its definition and the articles that cite it. Actors keep
 * every article's spelling: a citing article's `sameAs` adds its spelling to
 * the defining article's actor; an actor only the citing article names is
 * added as it names it.
 */
function mergeEvent(
  defined: ParsedData['events'][number]['entry'],
  citations: readonly Located<ParsedData['citations'][number]['entry']>[],
  sources: ReadonlyMap<string, Source>,
): Event {
  const actors: Actor[] = defined.actors.map((actor) => ({
    name: actor.name,
    spellings: [{ name: actor.name, sourceIds: [defined.sourceId] }],
  }));
  const find = (name: string) =>
    actors.find((actor) => actor.name.toLowerCase() === name.toLowerCase());
  const ordered = [...citations].sort((a, b) =>
    (sources.get(a.entry.sourceId)?.publishedOn ?? '').localeCompare(
      sources.get(b.entry.sourceId)?.publishedOn ?? '',
    ),
  );
  for (const { entry: citation } of ordered) {
    for (const actor of citation.actors) {
      const same = find(actor.sameAs ?? actor.name);
      if (!same) {
        actors.push({
          name: actor.name,
          spellings: [{ name: actor.name, sourceIds: [citation.sourceId] }],
        });
        continue;
      }
      const spelling = same.spellings.find(
        (s) => s.name.toLowerCase() === actor.name.toLowerCase(),
      );
      if (spelling) spelling.sourceIds.push(citation.sourceId);
      else same.spellings.push({ name: actor.name, sourceIds: [citation.sourceId] });
    }
  }
  const citationList: Citation[] = [
    { sourceId: defined.sourceId, quotes: defined.quotes, adds: null },
    ...ordered.map(({ entry }) => ({
      sourceId: entry.sourceId,
      quotes: entry.quotes,
      adds: entry.adds ?? null,
    })),
  ];
  return {
    id: defined.id,
    when: defined.when,
    title: defined.title,
    summary: defined.summary,
    topic: defined.topic,
    actors,
    citations: citationList,
    claimIds: defined.claimIds,
    addedOn: defined.addedOn ?? sources.get(defined.sourceId)?.addedOn ?? '',
    definedBy: defined.sourceId,
  };
}
