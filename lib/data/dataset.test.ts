import { describe, expect, it } from 'vitest';
import { checkData, loadDataset } from './dataset';
import { sampleRawData, sampleSourceTexts, type SampleRawData } from './dataset.sample';
import { DataIntegrityError, formatProblem } from './problems';

type Mutable = { -readonly [K in keyof SampleRawData]: Record<string, unknown>[] };

function linesFor(mutate: (data: Mutable) => void): string[] {
  const data = sampleRawData() as unknown as Mutable;
  mutate(data);
  return checkData(data, { sourceTexts: sampleSourceTexts }).problems.map(formatProblem);
}

const claim = (data: Mutable, id: string) =>
  data.claims.find((c) => c.id === id) as Record<string, unknown>;
const event = (data: Mutable, id = 'announcement') =>
  data.events.find((e) => e.id === id) as Record<string, unknown> & {
    citations: (Record<string, unknown> & { quotes: string[] })[];
  };

describe('the sample dataset', () => {
  it('passes every check and resolves figures and sources', () => {
    const dataset = loadDataset(sampleRawData(), { sourceTexts: sampleSourceTexts });
    const derived = dataset.claims.find((c) => c.id === 'exports-per-firm');
    expect(derived?.figure).toEqual({ kind: 'point', value: 25_000_000 });
    expect(derived?.sourceIds).toEqual(['sample-source']);
    expect(derived?.formulaText).toBe('$5bn ÷ 200');
  });
});

describe('derived figures', () => {
  const derive = (changes: Record<string, unknown>) => {
    const data = sampleRawData() as unknown as Mutable;
    Object.assign(claim(data, 'exports-per-firm'), changes);
    return loadDataset(data, { sourceTexts: sampleSourceTexts }).claims.find(
      (c) => c.id === 'exports-per-firm',
    );
  };

  it('relates an exact result with "=" and a rounded one with "≈"', () => {
    expect(derive({})?.derivation).toEqual({ relation: '=', approximate: false });
    const rounded = derive({
      formula: 'exports / firms / 3',
      expected: { value: 8_333_333 },
    });
    expect(rounded?.derivation?.relation).toBe('≈');
  });

  it('is approximate when an input is', () => {
    const data = sampleRawData() as unknown as Mutable;
    Object.assign(claim(data, 'exports-per-firm'), {
      inputs: { exports: 'exports-2025', firms: 'new-firms' },
      expected: { value: 125_000_000 },
    });
    const derived = loadDataset(data, { sourceTexts: sampleSourceTexts }).claims.find(
      (c) => c.id === 'exports-per-firm',
    );
    expect(derived?.derivation?.approximate).toBe(true);
  });
});

describe('each broken entry is named with its field', () => {
  it.each<[string, (data: Mutable) => void, string]>([
    [
      'a quote without its number',
      (d) => (claim(d, 'firms').quote = 'firms took part'),
      'data/claims › firms › quote: does not contain the number as printed "More than 200"',
    ],
    [
      'an event citing an unknown source',
      (d) => (event(d).citations[0]!.sourceId = 'no-such-source'),
      'data/events › announcement › citations.0.sourceId: unknown source "no-such-source"',
    ],
    [
      'a range with low > high',
      (d) => {
        claim(d, 'audience').low = 12e6;
        claim(d, 'audience').high = 10e6;
      },
      'data/claims › audience › low: low (12000000) must be less than high (10000000)',
    ],
    [
      'a claim citing an unknown source',
      (d) => (claim(d, 'firms').sourceId = 'elsewhere'),
      'data/claims › firms › sourceId: unknown source "elsewhere"',
    ],
    [
      'a duplicated id',
      (d) => d.claims.push({ ...claim(d, 'firms') }),
      'data/claims › firms › id: is used by another entry',
    ],
    [
      'an entry without an id',
      (d) => delete claim(d, 'firms').id,
      'data/claims › #2 (no id) › id: Invalid input: expected string, received undefined',
    ],
    [
      'an unknown unit',
      (d) => (claim(d, 'firms').unit = 'furlongs'),
      'data/claims › firms › unit: Invalid option',
    ],
    [
      'an impossible calendar day',
      (d) => ((event(d).when as Record<string, unknown>).date = '2026-02-30'),
      'data/events › announcement › when.date: must be a real calendar day written YYYY-MM-DD',
    ],
    [
      'an event dated after its source was published',
      (d) => {
        event(d).when = { precision: 'day', date: '2026-03-05', asPrinted: null };
      },
      'data/events › announcement › when.date: 2026-03-05 is after sample-source was published (2026-03-04)',
    ],
    [
      'a date that contradicts its printed words',
      (d) => ((event(d).when as Record<string, unknown>).date = '2026-03-04'),
      'data/events › announcement › when.date: 2026-03-04 does not match the printed "On March 3 2026"',
    ],
    [
      'a printed date without a year and without saying where the year comes from',
      (d) => {
        event(d).when = { precision: 'day', date: '2026-03-03', asPrinted: 'On March 3' };
      },
      'data/events › announcement › when.yearFromContext: "On March 3" prints no year: say where 2026 comes from',
    ],
    [
      'a value that is not the printed number',
      (d) => (claim(d, 'firms').value = 250),
      'data/claims › firms › value: 250 does not match "More than 200" (reads as 200)',
    ],
    [
      'a qualifier the printed words do not support',
      (d) => (claim(d, 'new-firms').qualifier = 'stated'),
      'data/claims › new-firms › qualifier: "roughly 40" reads as approximately, not stated',
    ],
    [
      'a unit the printed words do not support',
      (d) => (claim(d, 'exports-2025').unit = 'count'),
      'data/claims › exports-2025 › unit: "a record $5bn" does not fit unit count',
    ],
    [
      'an unreadable printed number',
      (d) => {
        claim(d, 'firms').asPrinted = 'many';
        claim(d, 'firms').quote = 'many firms took part';
      },
      'data/claims › firms › asPrinted: cannot read a number from "many"',
    ],
    [
      'a quote that is not in the article',
      (d) => (claim(d, 'firms').quote = 'More than 200 companies took part'),
      'data/claims › firms › quote: not found verbatim in the text of sample-source',
    ],
    [
      'a derived value that does not recompute',
      (d) => (claim(d, 'exports-per-firm').expected = { value: 26_000_000 }),
      'data/claims › exports-per-firm › expected: does not match the formula, which gives 25000000',
    ],
    [
      'a derived claim with an unknown input',
      (d) => (claim(d, 'exports-per-firm').inputs = { exports: 'exports-2025', firms: 'ghost' }),
      'data/claims › exports-per-firm › inputs.firms: unknown claim "ghost"',
    ],
    [
      'a formula using a name its inputs do not bind',
      (d) => (claim(d, 'exports-per-firm').formula = 'exports / companies'),
      'data/claims › exports-per-firm › formula: uses companies, which inputs do not name',
    ],
    [
      'derived claims that depend on each other',
      (d) => {
        d.claims.push({
          ...claim(d, 'exports-per-firm'),
          id: 'loop-a',
          inputs: { x: 'loop-b' },
          formula: 'x',
        });
        d.claims.push({
          ...claim(d, 'exports-per-firm'),
          id: 'loop-b',
          inputs: { x: 'loop-a' },
          formula: 'x',
        });
      },
      'data/claims › loop-a › inputs: inputs form a cycle',
    ],
    [
      'a figure typed into an event title instead of a claim',
      (d) => (event(d).title = 'Ministry announces record $5bn exports'),
      'data/events › announcement › title: contains the figure "5": put figures in claims and link them with claimIds',
    ],
    [
      'a number word in an event summary',
      (d) => (event(d).summary = 'Two ministers spoke.'),
      'data/events › announcement › summary: contains the figure "Two"',
    ],
    [
      'a figure typed into a derived claim’s note',
      (d) =>
        (claim(d, 'exports-per-firm').note =
          'An upper bound, since more than 200 firms took part.'),
      'data/claims › exports-per-firm › note: contains the figure "200"',
    ],
    [
      'an event linking an unknown claim',
      (d) => (event(d).claimIds = ['exports-2025', 'ghost']),
      'data/events › announcement › claimIds.1: unknown claim "ghost"',
    ],
    [
      'an event without citations',
      (d) => (event(d).citations = []),
      'data/events › announcement › citations: must cite at least one source',
    ],
    [
      'a reference to a source that failed its own checks',
      (d) => ((d.sources[0] as Record<string, unknown>).publishedOn = 'yesterday'),
      'data/claims › firms › sourceId: source "sample-source" failed its own checks (see its lines)',
    ],
    [
      'an event title that drops its source’s hedge',
      (d) => (event(d, 'buyers-welcomed').title = 'The ministry welcomes foreign buyers'),
      'data/events › buyers-welcomed › citations.0.quotes.0: the quote says "appeared" (appearance): say it too, or the entry claims more than its source',
    ],
    [
      'a claim label that drops its quote’s hedge',
      (d) => delete claim(d, 'ports').attribution,
      'data/claims › ports › label: the quote says "According to" (attribution): say it too, or the entry claims more than its source',
    ],
    [
      'an attribution that is not in the quote',
      (d) => (claim(d, 'firms').attribution = 'According to officials'),
      'data/claims › firms › attribution: "According to officials" is not in the quote',
    ],
    [
      'an actor named as no cited passage names it',
      (d) => (event(d).actors = ['Ministry of Trade']),
      'data/events › announcement › actors.0: "Ministry of Trade" is not how any cited passage names it',
    ],
    [
      'a second spelling that no cited passage uses',
      (d) => (event(d).actors = [{ name: 'Ministry', aliases: ['Minstry'] }]),
      'data/events › announcement › actors.0.aliases.0: "Minstry" is not how any cited passage names it',
    ],
    [
      'a derived figure credited to a source',
      (d) => (claim(d, 'exports-per-firm').sourceId = 'sample-source'),
      'data/claims › exports-per-firm › sourceId: a derived figure is the briefing’s calculation: it has no source, quote or author of its own',
    ],
    [
      'a year marked as from context that is printed',
      (d) => ((event(d).when as Record<string, unknown>).yearFromContext = 'the same paragraph'),
      'data/events › announcement › when.yearFromContext: "On March 3 2026" prints its year: it is not from context',
    ],
    [
      'a dated entry with no printed date and no word on where it comes from',
      (d) => (event(d).when = { precision: 'year', date: '2026', asPrinted: null }),
      'data/events › announcement › when.yearFromContext: no date is printed: say where 2026 comes from',
    ],
    [
      'a passage of the article that nothing records',
      (d) => (d.background = []),
      'data/sources › sample-source › text: "Analysts called it a turning point" is in no claim, event or background passage: record it or say why not',
    ],
    [
      'a background passage that is not in the article',
      (d) => ((d.background[0] as Record<string, unknown>).quote = 'Analysts were unimpressed.'),
      'data/background › turning-point › quote: not found verbatim in the text of sample-source',
    ],
    [
      'an event citing one source twice',
      (d) =>
        event(d).citations.push({ sourceId: 'sample-source', quotes: ['More than 200 firms'] }),
      'data/events › announcement › citations.1.sourceId: cites "sample-source" twice: give one citation several quotes',
    ],
    [
      'a renamed id that points nowhere',
      (d) => ((d.renamed[0] as Record<string, unknown>).to = 'ghost'),
      'data/renamed › companies › to: no claim "ghost"',
    ],
    [
      'a renamed id that is still in use',
      (d) => ((d.renamed[0] as Record<string, unknown>).from = 'audience'),
      'data/renamed › audience › from: a claim still has the id "audience"',
    ],
    [
      'a URL the source does not give in a usable form',
      (d) => ((d.sources[0] as Record<string, unknown>).url = 'javascript:alert(1)'),
      'data/sources › sample-source › url:',
    ],
  ])('%s', (_name, mutate, expected) => {
    const lines = linesFor(mutate);
    expect(lines.some((line) => line.startsWith(expected))).toBe(true);
  });
});

describe('loadDataset', () => {
  it('throws one readable line per problem', () => {
    const data = sampleRawData() as unknown as Mutable;
    claim(data, 'firms').value = 250;
    event(data).citations[0]!.sourceId = 'nowhere';
    let error: unknown;
    try {
      loadDataset(data);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DataIntegrityError);
    expect((error as Error).message.split('\n')).toEqual([
      'data/ has 2 problems:',
      '  data/claims › firms › value: 250 does not match "More than 200" (reads as 200)',
      '  data/events › announcement › citations.0.sourceId: unknown source "nowhere"',
    ]);
  });
});
