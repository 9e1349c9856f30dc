import { describe, expect, it } from 'vitest';
import { checkData, loadDataset } from './dataset';
import { SAMPLE_DIR, sampleRawData, type SampleRawData } from './dataset.sample';
import { DataIntegrityError, formatProblem } from './problems';

type Entry = Record<string, unknown>;
type Data = SampleRawData;

const options = { checkTexts: true };

function linesFor(mutate: (data: Data) => void): string[] {
  const data = sampleRawData();
  mutate(data);
  return checkData(data, options).problems.map(formatProblem);
}

/** The sample, broken by `mutate`, reports a problem line that starts with `expected`. */
function expectProblemLine(mutate: (data: Data) => void, expected: string) {
  const lines = linesFor(mutate);
  expect(
    lines.some((line) => line.startsWith(expected)),
    lines.join('\n'),
  ).toBe(true);
}

const folder = (data: Data) => data.sources[0]!;
const find = (entries: readonly unknown[], id: string) =>
  entries.find((entry) => (entry as Entry).id === id) as Entry;
const claim = (data: Data, id: string) =>
  find([...folder(data).claims.entries, ...data.derived.entries], id);
const event = (data: Data, id = 'announcement') => find(folder(data).events.entries, id);
const source = (data: Data) => folder(data).source.entry as Entry;
const when = (entry: Entry) => entry.when as Entry;

const CLAIMS = `${SAMPLE_DIR}/claims.ts`;
const EVENTS = `${SAMPLE_DIR}/events.ts`;

/** A second article, for the rules that span folders. */
/** A second folder's translations: its title, its citation of "announcement", its spelling. */
const secondTranslations = {
  bn: {
    source: { title: 'দ্বিতীয় প্রতিবেদন' },
    cites: {
      announcement: {
        adds: 'দ্বিতীয় প্রতিবেদন, তার ভাষায়, সংখ্যাটি কর্মকর্তাদের বরাতে দিয়েছে।',
        quotes: ['কর্মকর্তাদের বরাতে, মন্ত্রণালয় {n:3} মার্চ জানায় যে রপ্তানি রেকর্ড ছুঁয়েছে।'],
      },
    },
    glossary: { 'The ministry': ['মন্ত্রণালয়'] },
  },
  ru: {
    source: { title: 'Второй отчёт' },
    cites: {
      announcement: {
        adds: 'Второй отчёт, по его словам, ссылается на чиновников.',
        quotes: ['По словам чиновников, министерство сообщило {n:3} марта о рекордном экспорте.'],
      },
    },
    glossary: { 'The ministry': ['Министерство', 'министерство'] },
  },
};

function addFolder(data: Data, id: string, events: unknown[], text: string) {
  const translations = Object.entries(secondTranslations).map(([locale, entry]) => ({
    file: `sample/sources/${id}/translations/${locale}.ts`,
    locale,
    sourceId: id,
    entry: structuredClone(entry),
  }));
  data.translations.push(...translations);
  data.sources.push({
    ...folder(data),
    id,
    dir: `sample/sources/${id}`,
    source: {
      file: `sample/sources/${id}/source.ts`,
      entry: { ...source(data), title: text.split('\n')[0] ?? text },
    },
    claims: { file: `sample/sources/${id}/claims.ts`, entries: [] },
    events: { file: `sample/sources/${id}/events.ts`, entries: events },
    background: { file: `sample/sources/${id}/background.ts`, entries: [] },
    text,
    translations,
  });
}

describe('the sample data directory', () => {
  it('passes every check and resolves figures, measures and sources', () => {
    const dataset = loadDataset(sampleRawData(), options);
    const derived = dataset.claims.find((c) => c.id === 'exports-per-firm');
    expect(derived?.figure).toEqual({ kind: 'point', value: 25_000_000 });
    expect(derived?.sourceIds).toEqual(['sample-source']);
    expect(derived?.formulaText?.en).toBe('$5bn ÷ 200');
    expect(dataset.claims.find((c) => c.id === 'firms')).toMatchObject({
      sourceId: 'sample-source',
      label: 'Firms taking part',
      unit: 'count',
    });
    expect(dataset.events.find((e) => e.id === 'announcement')?.addedOn).toBe('2026-03-05');
  });
});

describe('derived figures', () => {
  const derive = (changes: Entry) => {
    const data = sampleRawData();
    Object.assign(claim(data, 'exports-per-firm'), changes);
    return loadDataset(data, options).claims.find((c) => c.id === 'exports-per-firm');
  };

  it('relates an exact result with "=" and a rounded one with "≈"', () => {
    expect(derive({})?.derivation).toEqual({ relation: '=', approximate: false });
    const rounded = derive({ formula: 'exports / firms / 3', expected: { value: 8_333_333 } });
    expect(rounded?.derivation?.relation).toBe('≈');
  });

  it('is approximate when an input is', () => {
    const derived = derive({
      inputs: { exports: 'exports-2025', firms: 'new-firms' },
      expected: { value: 125_000_000 },
    });
    expect(derived?.derivation?.approximate).toBe(true);
  });
});

describe('an event reported by two articles', () => {
  const second = `Second report
The ministry said on March 3 that exports hit a record, according to officials.`;
  const citing = {
    cites: 'announcement',
    actors: [{ name: 'The ministry', sameAs: 'Ministry' }],
    adds: 'The second report attributes the figure to officials, according to its words.',
    quotes: ['The ministry said on March 3 that exports hit a record, according to officials.'],
  };

  it('is one event, with a citation from each and each spelling of its actors', () => {
    const data = sampleRawData();
    addFolder(data, 'second-report', [citing], second);
    const dataset = loadDataset(data, options);
    const merged = dataset.events.find((e) => e.id === 'announcement');
    expect(merged?.citations.map((c) => c.sourceId)).toEqual(['sample-source', 'second-report']);
    expect(merged?.actors[0]?.spellings).toEqual([
      { name: 'Ministry', sourceIds: ['sample-source'] },
      { name: 'The ministry', sourceIds: ['second-report'] },
    ]);
  });

  it('is named when a second folder defines it again under another id', () => {
    const data = sampleRawData();
    addFolder(
      data,
      'second-report',
      [{ ...event(data), id: 'ministry-exports', quotes: citing.quotes }],
      second,
    );
    expect(checkData(data, options).problems.map(formatProblem)).toContain(
      `sample/sources/second-report/events.ts › ministry-exports › id: describes the same event as "announcement" in ${EVENTS} (same date and actors): cite it instead`,
    );
  });
});

describe('each broken entry is named with its file and field', () => {
  it.each<[string, (data: Data) => void, string]>([
    [
      'a quote without its number',
      (d) => (claim(d, 'firms').quote = 'firms took part'),
      `${CLAIMS} › firms › quote: does not contain the number as printed "More than 200"`,
    ],
    [
      'a range with low > high',
      (d) => Object.assign(claim(d, 'audience'), { low: 12e6, high: 10e6 }),
      `${CLAIMS} › audience › low: low (12000000) must be less than high (10000000)`,
    ],
    [
      'a claim of an unknown measure',
      (d) => (claim(d, 'firms').measure = 'companies'),
      `${CLAIMS} › firms › measure: unknown measure "companies"`,
    ],
    [
      'a duplicated id',
      (d) => (folder(d).claims.entries as unknown[]).push({ ...claim(d, 'firms') }),
      `${CLAIMS} › firms › id: is used by another entry`,
    ],
    [
      'an id used in another file',
      (d) =>
        (d.derived.entries as unknown[]).push({ ...claim(d, 'exports-per-firm'), id: 'firms' }),
      `${CLAIMS} › firms › id: is used by an entry in sample/derived.ts`,
    ],
    [
      'an entry without an id',
      (d) => delete claim(d, 'firms').id,
      `${CLAIMS} › #2 (no id) › id: Invalid input: expected string, received undefined`,
    ],
    [
      'an unknown unit',
      (d) => (find(d.measures.entries, 'firms').unit = 'furlongs'),
      'sample/measures.ts › firms › unit: Invalid option',
    ],
    [
      'a measure sentence without its figure',
      (d) => (find(d.measures.entries, 'firms').sentence = 'Firms took part'),
      'sample/measures.ts › firms › sentence: must contain {figure}',
    ],
    [
      'a claim dated in a way its measure does not count',
      (d) =>
        (claim(d, 'firms').when = {
          precision: 'year',
          date: '2025',
          asPrinted: null,
          yearFromContext: 'x',
        }),
      `${CLAIMS} › firms › when.precision: firms is counted as of the article: the claim has no date of its own`,
    ],
    [
      'an impossible calendar day',
      (d) => (when(event(d)).date = '2026-02-30'),
      `${EVENTS} › announcement › when.date: must be a real calendar day written YYYY-MM-DD`,
    ],
    [
      'an event dated after its source was published',
      (d) =>
        (event(d).when = {
          precision: 'day',
          date: '2026-03-05',
          asPrinted: null,
          yearFromContext: 'x',
        }),
      `${EVENTS} › announcement › when.date: 2026-03-05 is after sample-source was published (2026-03-04)`,
    ],
    [
      'a date that contradicts its printed words',
      (d) => (when(event(d)).date = '2026-03-04'),
      `${EVENTS} › announcement › when.date: 2026-03-04 does not match the printed "On March 3 2026"`,
    ],
    [
      'a printed date without a year and without saying where the year comes from',
      (d) => (event(d).when = { precision: 'day', date: '2026-03-03', asPrinted: 'On March 3' }),
      `${EVENTS} › announcement › when.yearFromContext: "On March 3" prints no year: say where 2026 comes from`,
    ],
    [
      'a year marked as from context that is printed',
      (d) => (when(event(d)).yearFromContext = 'the same paragraph'),
      `${EVENTS} › announcement › when.yearFromContext: "On March 3 2026" prints its year: it is not from context`,
    ],
    [
      'a dated entry with no printed date and no word on where it comes from',
      (d) => (event(d).when = { precision: 'year', date: '2026', asPrinted: null }),
      `${EVENTS} › announcement › when.yearFromContext: no date is printed: say where 2026 comes from`,
    ],
    [
      'a value that is not the printed number',
      (d) => (claim(d, 'firms').value = 250),
      `${CLAIMS} › firms › value: 250 does not match "More than 200" (reads as 200)`,
    ],
    [
      'a qualifier the printed words do not support',
      (d) => (claim(d, 'new-firms').qualifier = 'stated'),
      `${CLAIMS} › new-firms › qualifier: "roughly 40" reads as approximately, not stated`,
    ],
    [
      'a measure whose unit the printed words do not support',
      (d) => (claim(d, 'exports-2025').measure = 'firms'),
      `${CLAIMS} › exports-2025 › measure: "a record $5bn" does not fit the measure's unit, count`,
    ],
    [
      'an unreadable printed number',
      (d) => Object.assign(claim(d, 'firms'), { asPrinted: 'many', quote: 'many firms took part' }),
      `${CLAIMS} › firms › asPrinted: cannot read a number from "many"`,
    ],
    [
      'a quote that is not in the article',
      (d) => (claim(d, 'firms').quote = 'More than 200 companies took part'),
      `${CLAIMS} › firms › quote: not found verbatim in the text of sample-source`,
    ],
    [
      'a derived value that does not recompute',
      (d) => (claim(d, 'exports-per-firm').expected = { value: 26_000_000 }),
      'sample/derived.ts › exports-per-firm › expected: does not match the formula, which gives 25000000',
    ],
    [
      'a derived claim with an unknown input',
      (d) => (claim(d, 'exports-per-firm').inputs = { exports: 'exports-2025', firms: 'ghost' }),
      'sample/derived.ts › exports-per-firm › inputs.firms: unknown claim "ghost"',
    ],
    [
      'a formula using a name its inputs do not bind',
      (d) => (claim(d, 'exports-per-firm').formula = 'exports / companies'),
      'sample/derived.ts › exports-per-firm › formula: uses companies, which inputs do not name',
    ],
    [
      'derived claims that depend on each other',
      (d) => {
        const base = claim(d, 'exports-per-firm');
        (d.derived.entries as unknown[]).push(
          { ...base, id: 'loop-a', inputs: { x: 'loop-b' }, formula: 'x' },
          { ...base, id: 'loop-b', inputs: { x: 'loop-a' }, formula: 'x' },
        );
      },
      'sample/derived.ts › loop-a › inputs: inputs form a cycle',
    ],
    [
      'a derived figure credited to a source',
      (d) => (claim(d, 'exports-per-firm').sourceId = 'sample-source'),
      'sample/derived.ts › exports-per-firm › sourceId: a derived figure is the briefing’s calculation: it has no source, quote or author of its own',
    ],
    [
      'a figure typed into an event title instead of a claim',
      (d) => (event(d).title = 'Ministry announces record $5bn exports'),
      `${EVENTS} › announcement › title: contains the figure "5": put figures in claims and link them with claimIds`,
    ],
    [
      'a number word in an event summary',
      (d) => (event(d).summary = 'Two ministers spoke.'),
      `${EVENTS} › announcement › summary: contains the figure "Two"`,
    ],
    [
      'a figure typed into a derived claim’s note',
      (d) =>
        (claim(d, 'exports-per-firm').note =
          'An upper bound, since more than 200 firms took part.'),
      'sample/derived.ts › exports-per-firm › note: contains the figure "200"',
    ],
    [
      'an event linking an unknown claim',
      (d) => (event(d).claimIds = ['exports-2025', 'ghost']),
      `${EVENTS} › announcement › claimIds.1: unknown claim "ghost"`,
    ],
    [
      'an event without quotes',
      (d) => (event(d).quotes = []),
      `${EVENTS} › announcement › quotes: must quote at least one passage`,
    ],
    [
      'an event title that drops its source’s hedge',
      (d) => (event(d, 'buyers-welcomed').title = 'The ministry welcomes foreign buyers'),
      `${EVENTS} › buyers-welcomed › quotes.0: the quote says "appeared" (appearance): say it too, or the entry claims more than its source`,
    ],
    [
      'a claim that drops its quote’s attribution',
      (d) => delete claim(d, 'ports').attribution,
      `${CLAIMS} › ports › attribution: the quote says "According to" (attribution): say it too, or the entry claims more than its source`,
    ],
    [
      'an attribution that is not in the quote',
      (d) => (claim(d, 'firms').attribution = 'According to officials'),
      `${CLAIMS} › firms › attribution: "According to officials" is not in the quote`,
    ],
    [
      'an actor named as no quoted passage names it',
      (d) => (event(d).actors = ['Ministry of Trade']),
      `${EVENTS} › announcement › actors.0: "Ministry of Trade" is not how any quoted passage names it`,
    ],
    [
      'a citation of an event no article defines',
      (d) =>
        (folder(d).events.entries as unknown[]).push({
          cites: 'ghost',
          quotes: ['More than 200 firms'],
        }),
      `${EVENTS} › cites ghost › cites: unknown event "ghost"`,
    ],
    [
      'an article citing an event it defines',
      (d) =>
        (folder(d).events.entries as unknown[]).push({
          cites: 'announcement',
          quotes: ['More than 200 firms'],
        }),
      `${EVENTS} › cites announcement › cites: this article defines the event: quote it there`,
    ],
    [
      'a passage of the article that nothing records',
      (d) => (folder(d).background.entries as unknown[]).splice(0),
      `${SAMPLE_DIR}/text.txt › sample-source › text: "Analysts called it a turning point" is in no claim, event or background passage: record it or say why not`,
    ],
    [
      'a background passage that is not in the article',
      (d) => ((folder(d).background.entries[0] as Entry).quote = 'Analysts were unimpressed.'),
      `${SAMPLE_DIR}/background.ts › turning-point › quote: not found verbatim in the text of sample-source`,
    ],
    [
      'a source folder without its text',
      (d) => (folder(d).text = null),
      `${SAMPLE_DIR}/source.ts › sample-source › (folder): text.txt is missing or empty`,
    ],
    [
      'a URL the source does not give in a usable form',
      (d) => (source(d).url = 'javascript:alert(1)'),
      `${SAMPLE_DIR}/source.ts › sample-source › url:`,
    ],
    [
      'a chart of an unknown measure',
      (d) => ((d.charts.entries[0] as Entry).measures = ['firms', 'ghost']),
      'sample/charts.ts › firms › measures.1: unknown measure "ghost"',
    ],
    [
      'a timeline marking an undated event',
      (d) => ((d.charts.entries[1] as Entry).markerEvent = 'buyers-welcomed'),
      'sample/charts.ts › timeline › markerEvent: "buyers-welcomed" has no date to mark',
    ],
    [
      'a correction of an entry that does not exist',
      (d) => ((d.corrections.entries[0] as Entry).entries = [{ kind: 'event', id: 'ghost' }]),
      'sample/corrections.ts › firms-renamed › entries.0.id: no event "ghost"',
    ],
    [
      'a renamed id that is still in use',
      (d) => (((d.corrections.entries[0] as Entry).renamed as Entry[])[0]!.from = 'audience'),
      'sample/corrections.ts › firms-renamed › renamed.0.from: a claim still has the id "audience"',
    ],
    [
      'a lead argument that is not an argument',
      (d) => ((folder(d).background.entries[0] as Entry).kind = 'context'),
      'sample/briefing.ts › briefing › leadArgument: "turning-point" is context, not an argument',
    ],
    [
      'a headline of an unknown measure',
      (d) => ((d.briefing.entry as Entry).headlineMeasures = ['ghost']),
      'sample/briefing.ts › briefing › headlineMeasures.0: unknown measure "ghost"',
    ],
  ])('%s', (_name, mutate, expected) => expectProblemLine(mutate, expected));
});

describe('each broken translation is named with its file, entry, field and language', () => {
  /** A translation file of the sample, as loadRawData reads it. */
  const translation = (d: Data, locale: string, folderFile: boolean) =>
    d.translations.find(
      (file) => file.locale === locale && (file.sourceId !== null) === folderFile,
    )!.entry as Record<string, Record<string, Entry>>;
  const BN = `${SAMPLE_DIR}/translations/bn.ts`;
  const RU_TOP = 'sample/translations/ru.ts';

  it.each<[string, (data: Data) => void, string]>([
    [
      'a missing translation',
      (d) => delete translation(d, 'bn', true).claims!.firms,
      `${BN} › firms › quote (bn): no Bangla (bn) translation`,
    ],
    [
      'a missing field of a translated entry',
      (d) => delete translation(d, 'ru', false).measures!.ports!.sentence,
      `${RU_TOP} › ports › sentence (ru): Invalid input: expected string`,
    ],
    [
      'a quote translated with one passage too few',
      (d) => (translation(d, 'bn', true).events!.announcement!.quotes = []),
      `${BN} › announcement › quotes (bn): Too small`,
    ],
    [
      'a number the English does not give',
      (d) => (translation(d, 'bn', true).claims!.firms!.quote = '{n:300}টির বেশি প্রতিষ্ঠান'),
      `${BN} › firms › quote (bn): {n:300}: the English gives no 300`,
    ],
    [
      'an amount translated on the wrong scale',
      (d) =>
        (translation(d, 'bn', true).claims!['exports-2025']!.quote =
          'মন্ত্রণালয় জানিয়েছে, {y:2025} সালে রপ্তানি রেকর্ড {n:5} মিলিয়ন ডলারে পৌঁছেছে।'),
      `${BN} › exports-2025 › quote (bn): {n:5}: millions here, billions in the English`,
    ],
    [
      'an amount translated without its scale word',
      (d) =>
        (translation(d, 'ru', true).claims!.audience!.quote =
          'Объявление смотрели от {n:10} до {n:12} человек.'),
      `${SAMPLE_DIR}/translations/ru.ts › audience › quote (ru): {n:12}: no scale word here, millions in the English`,
    ],
    [
      'a scale word the English does not print',
      (d) =>
        (translation(d, 'ru', true).claims!.firms!.quote =
          'Участвовали более {n:200} тыс. компаний'),
      `${SAMPLE_DIR}/translations/ru.ts › firms › quote (ru): {n:200}: thousands here, no scale word in the English`,
    ],
    [
      'a digit written outside a token',
      (d) => (translation(d, 'bn', true).claims!.firms!.quote = '২০০টির বেশি প্রতিষ্ঠান'),
      `${BN} › firms › quote (bn): has a digit outside a {n:…} or {y:…} token or a glossary name`,
    ],
    [
      'a name spelled otherwise than the glossary',
      (d) =>
        (translation(d, 'bn', true).events!.announcement!.title = 'বিভাগ রেকর্ড রপ্তানির ঘোষণা দিল'),
      `${SAMPLE_DIR}/translations/bn.ts › announcement › title (bn): names “Ministry”: use the glossary’s “মন্ত্রণালয়”`,
    ],
    [
      'an actor without a glossary spelling',
      (d) => delete translation(d, 'ru', false).glossary!.Ministry,
      `${SAMPLE_DIR}/translations/ru.ts › announcement › glossary (ru): no spelling of “Ministry”`,
    ],
    [
      'a measure sentence that is not ICU',
      (d) =>
        (translation(d, 'ru', false).measures!.firms!.sentence =
          'Участвовали {figure} {count, plural'),
      `${RU_TOP} › firms › sentence (ru): is not an ICU message`,
    ],
    [
      'a measure sentence with an argument the site does not give',
      (d) =>
        (translation(d, 'ru', false).measures!.firms!.sentence = 'Участвовали {figure} {firms}'),
      `${RU_TOP} › firms › sentence (ru): {firms}: only {figure}, {period} and {count} are given`,
    ],
    [
      'a measure sentence that leaves out the period the English states',
      (d) => (translation(d, 'ru', false).measures!.exports!.sentence = 'Экспорт достиг {figure}'),
      `${RU_TOP} › exports › sentence (ru): must contain {period}, as the English does`,
    ],
    [
      'a translation of a passage the article no longer has',
      (d) => (translation(d, 'bn', true).background!.gone = { quote: 'নেই', why: 'নেই' }),
      `${BN} › gone › background: translates no passage of sample-source`,
    ],
    [
      'a translation of an entry that is gone',
      (d) => (translation(d, 'ru', false).charts!.ghost = { title: 'Призрак' }),
      'data/translations/ru.ts or a folder’s translations/ru.ts › ghost › charts: translates no chart in data/',
    ],
  ])('%s', (_name, mutate, expected) => expectProblemLine(mutate, expected));
});

describe('a translated amount keeps the English scale', () => {
  it('on either end of a range, and in an inflected scale word', () => {
    const lines = linesFor((d) => {
      const ru = d.translations.find((file) => file.locale === 'ru' && file.sourceId !== null)!
        .entry as Record<string, Record<string, Entry>>;
      ru.claims!.audience!.quote = 'Объявление смотрели от {n:10} миллионов до {n:12} млн человек.';
    });
    expect(lines).toEqual([]);
  });
});

describe('loadDataset', () => {
  it('throws one readable line per problem', () => {
    const data = sampleRawData();
    claim(data, 'firms').value = 250;
    event(data).claimIds = ['ghost'];
    let error: unknown;
    try {
      loadDataset(data, options);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DataIntegrityError);
    expect((error as Error).message.split('\n')).toEqual([
      'data/ has 2 problems:',
      `  ${CLAIMS} › firms › value: 250 does not match "More than 200" (reads as 200)`,
      `  ${EVENTS} › announcement › claimIds.0: unknown claim "ghost"`,
    ]);
  });
});
