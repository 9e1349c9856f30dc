import type { RawData } from './load-sources';
import type {
  BackgroundInput,
  BriefingInput,
  ChartDeclarationInput,
  CorrectionInput,
  DerivedClaimInput,
  EventEntryInput,
  MeasureInput,
  PrintedClaimInput,
  SourceInput,
  TranslationFileInput,
} from './schema';

/**
 * A small, valid data directory for the checker's tests, as loadRawData
 * would read it: one source folder with its text, claims of every
 * qualifier, two events (one hedged), a background passage, measures, a
 * derived figure, a chart, a correction with a renamed id, and the
 * briefing's choices. Every word of the text is covered. Each test breaks one
 * thing.
 */
export const sampleSourceText = `Trade report
On March 3 2026, the ministry said exports reached a record $5bn in 2025.
More than 200 firms took part, and roughly 40 of them were new.
Between 10 and 12mn people watched the announcement.
Analysts called it a turning point. The ministry appeared to welcome foreign buyers.
According to the ministry, 12 ports handled the exports.`;

export const SAMPLE_DIR = 'sample/sources/sample-source';

export function sampleRawData(): RawData {
  const source: SourceInput = {
    title: 'Trade report',
    publisher: null,
    publisherEvidence: null,
    author: null,
    authorKind: null,
    publishedOn: '2026-03-04',
    publishedAsPrinted: 'March 4, 2026',
    url: null,
    addedOn: '2026-03-05',
  };
  const measures: MeasureInput[] = [
    {
      id: 'exports',
      label: 'Exports',
      shortLabel: 'Exports',
      unit: 'usd',
      topic: 'economy',
      period: 'year',
      periodMeaning: 'exports in the calendar year',
      sentence: 'Exports reached {figure} in {period}',
    },
    {
      id: 'firms',
      label: 'Firms taking part',
      shortLabel: 'Firms',
      unit: 'count',
      topic: 'economy',
      period: 'as-of',
      periodMeaning: 'firms at the time of the report',
      sentence: '{figure} firms took part',
    },
    {
      id: 'new-firms',
      label: 'New firms taking part',
      shortLabel: 'New firms',
      unit: 'count',
      topic: 'economy',
      period: 'as-of',
      periodMeaning: 'firms at the time of the report',
      sentence: '{figure} firms were new',
    },
    {
      id: 'audience',
      label: 'People who watched',
      shortLabel: 'Audience',
      unit: 'people',
      topic: 'media',
      period: 'event',
      periodMeaning: 'the announcement',
      sentence: '{figure} people watched',
    },
    {
      id: 'ports',
      label: 'Ports that handled the exports',
      shortLabel: 'Ports',
      unit: 'count',
      topic: 'economy',
      period: 'event',
      periodMeaning: 'the exports',
      sentence: '{figure} ports handled the exports',
    },
    {
      id: 'exports-per-firm',
      label: 'Exports per firm, at most',
      shortLabel: 'Per firm',
      unit: 'usd',
      topic: 'economy',
      period: 'as-of',
      periodMeaning: 'at the time of the report',
      sentence: 'Exports per firm were at most {figure}',
    },
  ];
  const claims: PrintedClaimInput[] = [
    {
      id: 'exports-2025',
      measure: 'exports',
      qualifier: 'record',
      value: 5e9,
      asPrinted: 'a record $5bn',
      when: { precision: 'year', date: '2025', asPrinted: 'in 2025' },
      quote: 'the ministry said exports reached a record $5bn in 2025.',
    },
    {
      id: 'firms',
      measure: 'firms',
      qualifier: 'more-than',
      value: 200,
      asPrinted: 'More than 200',
      when: { precision: 'none', date: null, asPrinted: null },
      quote: 'More than 200 firms took part',
    },
    {
      id: 'new-firms',
      measure: 'new-firms',
      qualifier: 'approximately',
      value: 40,
      asPrinted: 'roughly 40',
      when: { precision: 'none', date: null, asPrinted: null },
      quote: 'roughly 40 of them were new',
    },
    {
      id: 'audience',
      measure: 'audience',
      qualifier: 'range',
      low: 10e6,
      high: 12e6,
      asPrinted: 'Between 10 and 12mn',
      when: { precision: 'none', date: null, asPrinted: null },
      quote: 'Between 10 and 12mn people watched the announcement.',
    },
    {
      id: 'ports',
      measure: 'ports',
      qualifier: 'stated',
      value: 12,
      asPrinted: '12',
      when: { precision: 'none', date: null, asPrinted: null },
      quote: 'According to the ministry, 12 ports handled the exports.',
      attribution: 'According to the ministry',
    },
  ];
  const derived: DerivedClaimInput[] = [
    {
      id: 'exports-per-firm',
      measure: 'exports-per-firm',
      qualifier: 'derived',
      inputs: { exports: 'exports-2025', firms: 'firms' },
      formula: 'exports / firms',
      decimals: 0,
      expected: { value: 25_000_000 },
      when: { precision: 'none', date: null, asPrinted: null },
      note: 'An upper bound, since the firm count is a lower bound.',
    },
  ];
  const events: EventEntryInput[] = [
    {
      id: 'announcement',
      when: { precision: 'day', date: '2026-03-03', asPrinted: 'On March 3 2026' },
      title: 'Ministry announces record exports',
      summary: 'The ministry announced the export figure.',
      claimIds: ['exports-2025'],
      actors: ['Ministry'],
      topic: 'economy',
      quotes: ['On March 3 2026, the ministry said exports reached a record $5bn in 2025.'],
    },
    {
      id: 'buyers-welcomed',
      when: { precision: 'none', date: null, asPrinted: null },
      title: 'The ministry appeared to welcome foreign buyers',
      summary: 'So the report says.',
      actors: ['Ministry'],
      topic: 'economy',
      quotes: ['The ministry appeared to welcome foreign buyers.'],
    },
  ];
  const background: BackgroundInput[] = [
    {
      id: 'turning-point',
      kind: 'argument',
      quote: 'Analysts called it a turning point.',
      why: 'An assessment, not an event.',
    },
  ];
  const charts: ChartDeclarationInput[] = [
    { slug: 'firms', kind: 'comparison', title: 'Firms', measures: ['firms', 'new-firms'] },
    { slug: 'timeline', kind: 'timeline', title: 'Events', markerEvent: 'announcement' },
  ];
  const corrections: CorrectionInput[] = [
    {
      id: 'firms-renamed',
      date: '2026-03-05',
      entries: [{ kind: 'claim', id: 'firms' }],
      change: 'The figure was called companies.',
      why: 'The report says firms.',
      renamed: [{ kind: 'claim', from: 'companies', to: 'firms' }],
    },
  ];
  const briefing: BriefingInput = {
    sinceEvent: 'announcement',
    leadArgument: { source: 'sample-source', passage: 'turning-point' },
    headlineMeasures: ['exports'],
  };
  const list = (name: string, entries: unknown[]) => ({ file: `${SAMPLE_DIR}/${name}`, entries });
  const folderTranslations = Object.entries(sampleFolderTranslations).map(([locale, entry]) => ({
    file: `${SAMPLE_DIR}/translations/${locale}.ts`,
    locale,
    sourceId: 'sample-source',
    entry: structuredClone(entry),
  }));
  return {
    sources: [
      {
        id: 'sample-source',
        dir: SAMPLE_DIR,
        source: { file: `${SAMPLE_DIR}/source.ts`, entry: source },
        claims: list('claims.ts', claims),
        events: list('events.ts', events),
        background: list('background.ts', background),
        measures: list('measures.ts', []),
        text: sampleSourceText,
        translations: folderTranslations,
      },
    ],
    measures: { file: 'sample/measures.ts', entries: measures },
    derived: { file: 'sample/derived.ts', entries: derived },
    charts: { file: 'sample/charts.ts', entries: charts },
    corrections: { file: 'sample/corrections.ts', entries: corrections },
    briefing: { file: 'sample/briefing.ts', entry: briefing },
    translations: [
      ...Object.entries(sampleTranslations).map(([locale, entry]) => ({
        file: `sample/translations/${locale}.ts`,
        locale,
        sourceId: null,
        entry: structuredClone(entry),
      })),
      ...folderTranslations,
    ],
  };
}

/** The sample's translations of data/*.ts, in both translated languages. */
export const sampleTranslations: Record<string, TranslationFileInput> = {
  bn: {
    measures: {
      exports: {
        label: 'রপ্তানি',
        shortLabel: 'রপ্তানি',
        periodMeaning: 'পঞ্জিকা বছরের রপ্তানি',
        sentence: '{period} সালে রপ্তানি {figure}-এ পৌঁছেছে',
      },
      firms: {
        label: 'অংশ নেওয়া প্রতিষ্ঠান',
        shortLabel: 'প্রতিষ্ঠান',
        periodMeaning: 'প্রতিবেদনের সময়ের প্রতিষ্ঠান',
        sentence: '{figure} প্রতিষ্ঠান অংশ নিয়েছে',
      },
      'new-firms': {
        label: 'অংশ নেওয়া নতুন প্রতিষ্ঠান',
        shortLabel: 'নতুন প্রতিষ্ঠান',
        periodMeaning: 'প্রতিবেদনের সময়ের প্রতিষ্ঠান',
        sentence: '{figure} প্রতিষ্ঠান নতুন ছিল',
      },
      audience: {
        label: 'যাঁরা দেখেছেন',
        shortLabel: 'দর্শক',
        periodMeaning: 'ঘোষণাটি',
        sentence: '{figure} মানুষ দেখেছেন',
      },
      ports: {
        label: 'যে বন্দরগুলো রপ্তানি সামলেছে',
        shortLabel: 'বন্দর',
        periodMeaning: 'রপ্তানি',
        sentence: '{figure} বন্দর রপ্তানি সামলেছে',
      },
      'exports-per-firm': {
        label: 'প্রতিষ্ঠানপ্রতি রপ্তানি, সর্বোচ্চ',
        shortLabel: 'প্রতিষ্ঠানপ্রতি',
        periodMeaning: 'প্রতিবেদনের সময়',
        sentence: 'প্রতিষ্ঠানপ্রতি রপ্তানি সর্বোচ্চ {figure}',
      },
    },
    derived: {
      'exports-per-firm': { note: 'একটি ঊর্ধ্বসীমা, কারণ প্রতিষ্ঠানের সংখ্যা একটি নিম্নসীমা।' },
    },
    charts: { firms: { title: 'প্রতিষ্ঠান' }, timeline: { title: 'ঘটনা' } },
    corrections: {
      'firms-renamed': {
        change: 'সংখ্যাটিকে কোম্পানি বলা হয়েছিল।',
        why: 'প্রতিবেদনে প্রতিষ্ঠান বলা হয়েছে।',
      },
    },
    glossary: { Ministry: ['মন্ত্রণালয়'] },
  },
  ru: {
    measures: {
      exports: {
        label: 'Экспорт',
        shortLabel: 'Экспорт',
        periodMeaning: 'экспорт за календарный год',
        sentence: 'В {period} году экспорт достиг {figure}',
      },
      firms: {
        label: 'Участвующие компании',
        shortLabel: 'Компании',
        periodMeaning: 'компании на момент отчёта',
        sentence:
          'Участвовали {figure} {count, plural, one {компания} few {компании} other {компаний}}',
      },
      'new-firms': {
        label: 'Новые участвующие компании',
        shortLabel: 'Новые компании',
        periodMeaning: 'компании на момент отчёта',
        sentence:
          'Новыми были {figure} {count, plural, one {компания} few {компании} other {компаний}}',
      },
      audience: {
        label: 'Зрители',
        shortLabel: 'Зрители',
        periodMeaning: 'объявление',
        sentence: 'Объявление смотрели {figure} человек',
      },
      ports: {
        label: 'Порты, через которые шёл экспорт',
        shortLabel: 'Порты',
        periodMeaning: 'экспорт',
        sentence:
          'Экспорт шёл через {figure} {count, plural, one {порт} few {порта} other {портов}}',
      },
      'exports-per-firm': {
        label: 'Экспорт на компанию, не более',
        shortLabel: 'На компанию',
        periodMeaning: 'на момент отчёта',
        sentence: 'Экспорт на компанию составил не более {figure}',
      },
    },
    derived: {
      'exports-per-firm': { note: 'Верхняя граница: число компаний — нижняя граница.' },
    },
    charts: { firms: { title: 'Компании' }, timeline: { title: 'События' } },
    corrections: {
      'firms-renamed': {
        change: 'Показатель назывался «компании».',
        why: 'В отчёте сказано «фирмы».',
      },
    },
    glossary: { Ministry: ['Министерство', 'министерство'] },
  },
};

/** The sample folder's translations. */
export const sampleFolderTranslations: Record<string, TranslationFileInput> = {
  bn: {
    source: { title: 'বাণিজ্য প্রতিবেদন' },
    claims: {
      'exports-2025': {
        quote: 'মন্ত্রণালয় জানিয়েছে, {y:2025} সালে রপ্তানি রেকর্ড {n:5} বিলিয়ন ডলারে পৌঁছেছে।',
      },
      firms: { quote: '{n:200}টির বেশি প্রতিষ্ঠান অংশ নিয়েছে' },
      'new-firms': { quote: 'এদের মধ্যে প্রায় {n:40}টি ছিল নতুন' },
      audience: { quote: '{n:10} থেকে {n:12} মিলিয়ন মানুষ ঘোষণাটি দেখেছেন।' },
      ports: {
        quote: 'মন্ত্রণালয়ের মতে, {n:12}টি বন্দর রপ্তানি সামলেছে।',
        attribution: 'মন্ত্রণালয়ের মতে',
      },
    },
    events: {
      announcement: {
        title: 'মন্ত্রণালয় রেকর্ড রপ্তানির ঘোষণা দিল',
        summary: 'মন্ত্রণালয় রপ্তানির সংখ্যা ঘোষণা করেছে।',
        quotes: [
          '{y:2026} সালের {n:3} মার্চ মন্ত্রণালয় জানায়, {y:2025} সালে রপ্তানি রেকর্ড {n:5} বিলিয়ন ডলারে পৌঁছেছে।',
        ],
      },
      'buyers-welcomed': {
        title: 'মন্ত্রণালয় বিদেশি ক্রেতাদের স্বাগত জানিয়েছে বলে মনে হয়েছে',
        summary: 'প্রতিবেদনে এমনই বলা হয়েছে।',
        quotes: ['মন্ত্রণালয় বিদেশি ক্রেতাদের স্বাগত জানিয়েছে বলে মনে হয়েছে।'],
      },
    },
    background: {
      'turning-point': {
        quote: 'বিশ্লেষকেরা একে একটি মোড় ফেরানো ঘটনা বলেছেন।',
        why: 'একটি মূল্যায়ন, কোনো ঘটনা নয়।',
      },
    },
  },
  ru: {
    source: { title: 'Отчёт о торговле' },
    claims: {
      'exports-2025': {
        quote:
          'министерство сообщило, что экспорт в {y:2025} году достиг рекордных {n:5} млрд долларов.',
      },
      firms: { quote: 'Участвовали более {n:200} компаний' },
      'new-firms': { quote: 'около {n:40} из них были новыми' },
      audience: { quote: 'Объявление смотрели от {n:10} до {n:12} млн человек.' },
      ports: {
        quote: 'По данным министерства, экспорт шёл через {n:12} портов.',
        attribution: 'По данным министерства',
      },
    },
    events: {
      announcement: {
        title: 'Министерство объявило о рекордном экспорте',
        summary: 'Министерство объявило показатель экспорта.',
        quotes: [
          '{n:3} марта {y:2026} года министерство сообщило, что экспорт в {y:2025} году достиг рекордных {n:5} млрд долларов.',
        ],
      },
      'buyers-welcomed': {
        title: 'Министерство, судя по всему, приветствовало иностранных покупателей',
        summary: 'Так говорится в отчёте.',
        quotes: ['Министерство, судя по всему, приветствовало иностранных покупателей.'],
      },
    },
    background: {
      'turning-point': {
        quote: 'Аналитики назвали это поворотным моментом.',
        why: 'Оценка, а не событие.',
      },
    },
  },
};

export type SampleRawData = RawData;

/** The sample as a data directory's content, for writeDataDir. */
export function sampleDataDir(data: SampleRawData = sampleRawData()) {
  return {
    measures: [...data.measures.entries],
    derived: [...data.derived.entries],
    charts: [...data.charts.entries],
    corrections: [...data.corrections.entries],
    briefing: data.briefing.entry,
    translations: Object.fromEntries(
      data.translations
        .filter((file) => file.sourceId === null)
        .map((file) => [file.locale, file.entry]),
    ),
    sources: data.sources.map((folder) => ({
      id: folder.id,
      source: folder.source.entry,
      text: folder.text ?? '',
      claims: [...folder.claims.entries],
      events: [...folder.events.entries],
      background: [...folder.background.entries],
      translations: Object.fromEntries(
        folder.translations.map((file) => [file.locale, file.entry]),
      ),
    })),
  };
}
