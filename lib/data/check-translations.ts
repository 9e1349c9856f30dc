import path from 'node:path';
import { localeInfo, translatedLocales, type TranslatedLocale } from '../i18n/locales';
import type { ParsedData } from './dataset';
import type { DataProblem, Report } from './problems';
import { translationFileSchema, type TranslationFile } from './schema';
import { normaliseText } from './text';
import { messagePlaceholders } from '../i18n/icu';
import { NUMBER_TOKEN } from '../i18n/translated-text';
import { scaleAt, scaleWords } from '../format/scale-words';

/**
 * The briefing's translations of its English entries, checked and merged per
 * language (docs/languages.md). Ids of measures, claims, events,
 * charts and corrections are unique across data/, so their translations are
 * merged; an article's title, its citations of other articles' events and its
 * background passages belong to its folder.
 */
type Section<K extends keyof TranslationFile> = NonNullable<TranslationFile[K]>;
type Entry<K extends keyof TranslationFile> =
  Section<K> extends Record<string, infer V> ? V : never;

export interface FolderTranslation {
  /** The translation file, for problem lines. */
  file: string;
  title: string;
  cites: Section<'cites'>;
  background: Section<'background'>;
}

export interface Translation {
  measures: Section<'measures'>;
  claims: Section<'claims'>;
  derived: Section<'derived'>;
  events: Section<'events'>;
  charts: Section<'charts'>;
  corrections: Section<'corrections'>;
  sources: Record<string, FolderTranslation>;
  /** English name → spellings, the first shown on its own. */
  glossary: Record<string, string[]>;
}

export type Translations = Record<TranslatedLocale, Translation>;

/** A translation file as read: where it is, its language, and whose entries it translates. */
export interface RawTranslation {
  file: string;
  locale: string;
  /** The source folder it translates, or null for data/translations/ (data/*.ts). */
  sourceId: string | null;
  entry: unknown;
}

const DIGIT = /[0-9\u09E6-\u09EF]/;
/** What a measure sentence is given; `count` only chooses plural forms, so English may leave it out. */
const MESSAGE_ARGUMENTS = new Set(['figure', 'period', 'count']);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A name as a whole word: "Russia" in "Russia’s", not in "Russian". */
const namesWord = (text: string, name: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'u').test(text);

const ENGLISH_NUMBER = /\d[\d,]*(?:\.\d+)?/g;
const readNumber = (printed: string) => Number(printed.replace(/,/g, ''));
// "between 12 and 14mn": the first end of a range takes the second's scale.
const RANGE_END = /^\s*(?:and|to|–|-)\s*\$?(\d[\d,]*(?:\.\d+)?)/;

/**
 * The numbers an English text prints, each with the scales it is printed at:
 * "2,777" is 2777 (×1), "$32bn" is 32 (×1e9), "between 12 and 14mn" gives 12
 * at ×1 or ×1e6.
 */
function englishNumbers(text: string): Map<number, Set<number>> {
  const numbers = new Map<number, Set<number>>();
  for (const match of text.matchAll(ENGLISH_NUMBER)) {
    const after = text.slice(match.index + match[0].length);
    const scales = numbers.get(readNumber(match[0])) ?? new Set<number>();
    scales.add(scaleAt(after, 'en'));
    const rangeEnd = RANGE_END.exec(after);
    if (rangeEnd) scales.add(scaleAt(after.slice(rangeEnd[0].length), 'en'));
    numbers.set(readNumber(match[0]), scales);
  }
  return numbers;
}

/** "billions", or "no scale word", for a problem line. */
const scaleName = (divisor: number) => {
  const word = scaleWords.en.find((scale) => scale.divisor === divisor)?.words.at(-1);
  return word ? `${word}s` : 'no scale word';
};

/**
 * One translated field against its English: every number a token the
 * English prints, no digit outside tokens and glossary names, and every
 * glossary name the English uses spelled as the glossary spells it.
 */
function checkText(
  english: string,
  translated: string,
  locale: TranslatedLocale,
  glossary: Record<string, string[]>,
  report: Report,
  field: string,
) {
  const printed = englishNumbers(english);
  for (const match of translated.matchAll(NUMBER_TOKEN)) {
    const [token, kind, value = ''] = match;
    const scales = printed.get(Number(value));
    if (!scales) {
      report({ field, message: `${token}: the English gives no ${value}` });
      continue;
    }
    if (kind !== 'n') continue;
    // The scale word is the translator's to write, so it is held to the English's: a
    // "{n:32} মিলিয়ন" for "$32bn" would print a figure a thousand times too small.
    const scale = scaleAt(translated.slice(match.index + token.length), locale);
    if (!scales.has(scale)) {
      const inEnglish = [...scales].map(scaleName).join(' or ');
      report({ field, message: `${token}: ${scaleName(scale)} here, ${inEnglish} in the English` });
    }
  }
  let rest = translated.replace(NUMBER_TOKEN, '');
  for (const spellings of Object.values(glossary)) {
    for (const spelling of spellings) rest = rest.split(spelling).join('');
  }
  if (DIGIT.test(rest)) {
    report({ field, message: 'has a digit outside a {n:…} or {y:…} token or a glossary name' });
  }
  const text = normaliseText(translated);
  for (const [name, spellings] of Object.entries(glossary)) {
    if (namesWord(english, name) && !spellings.some((spelling) => text.includes(spelling))) {
      report({ field, message: `names “${name}”: use the glossary’s “${spellings[0]}”` });
    }
  }
}

function checkMessage(english: string, translated: string, report: Report, field: string) {
  let names: Set<string>;
  try {
    names = messagePlaceholders(translated);
  } catch (error) {
    report({ field, message: `is not an ICU message: ${(error as Error).message}` });
    return;
  }
  // Whatever the English states (its figure, its period) the translation states too.
  for (const name of messagePlaceholders(english)) {
    if (!names.has(name)) report({ field, message: `must contain {${name}}, as the English does` });
  }
  for (const name of names) {
    if (name !== '#' && !MESSAGE_ARGUMENTS.has(name)) {
      report({ field, message: `{${name}}: only {figure}, {period} and {count} are given` });
    }
  }
}

const emptyTranslation = (): Translation => ({
  measures: {},
  claims: {},
  derived: {},
  events: {},
  charts: {},
  corrections: {},
  sources: {},
  glossary: {},
});

/** Where an entry's translation belongs: beside its file, in translations/<lang>.ts. */
const translationFile = (entryFile: string, locale: string) =>
  path.posix.join(path.posix.dirname(entryFile), 'translations', `${locale}.ts`);

/**
 * Parses, merges and checks every translation file; every English entry
 * needs its translation in every translated language. Problems name the file,
 * the entry, the field and the language.
 */
export function checkTranslations(
  parsed: ParsedData,
  raw: readonly RawTranslation[],
  problems: DataProblem[],
): Translations {
  const translations = Object.fromEntries(
    translatedLocales.map((locale) => [locale, emptyTranslation()]),
  ) as Translations;

  /** "bn/claims/firms": entries whose translation failed its schema, already named. */
  const rejected = new Set<string>();

  // ── Parse and merge ────────────────────────────────────────────────────
  for (const file of raw) {
    const report = (entry: string, field: string, message: string) =>
      problems.push({ file: file.file, entry, field, message });
    if (!(translatedLocales as readonly string[]).includes(file.locale)) {
      report(
        '(file)',
        '(name)',
        `"${file.locale}" is not a translated language (${translatedLocales.join(', ')})`,
      );
      continue;
    }
    // An entry that fails its schema is named and left out; the file's other entries still count.
    let result = translationFileSchema.safeParse(file.entry);
    if (!result.success) {
      const pruned = structuredClone(file.entry) as Record<string, Record<string, unknown>>;
      for (const issue of result.error.issues) {
        const [section, id, ...rest] = issue.path.map(String);
        const field = rest.length > 0 ? rest.join('.') : (section ?? '(file)');
        report(id ?? '(file)', `${field} (${file.locale})`, issue.message);
        if (section && id !== undefined && pruned[section]) {
          delete pruned[section][id];
          rejected.add(`${file.locale}/${section}/${id}`);
        } else if (section) delete pruned[section];
      }
      result = translationFileSchema.safeParse(pruned);
      if (!result.success) continue;
    }
    const into = translations[file.locale as TranslatedLocale];
    const data = result.data;
    const merge = <
      K extends 'measures' | 'claims' | 'derived' | 'events' | 'charts' | 'corrections',
    >(
      key: K,
    ) => {
      for (const [id, value] of Object.entries(data[key] ?? {})) {
        if (into[key][id]) report(id, key, 'is translated twice');
        (into[key] as Record<string, Entry<K>>)[id] = value as Entry<K>;
      }
    };
    for (const key of [
      'measures',
      'claims',
      'derived',
      'events',
      'charts',
      'corrections',
    ] as const) {
      merge(key);
    }
    for (const [name, spellings] of Object.entries(data.glossary ?? {})) {
      const known = into.glossary[name];
      if (known && known[0] !== spellings[0]) {
        report(name, 'glossary', `spelled “${spellings[0]}” here and “${known[0]}” elsewhere`);
      }
      into.glossary[name] = [...new Set([...(known ?? []), ...spellings])];
    }
    if (file.sourceId !== null) {
      into.sources[file.sourceId] = {
        file: file.file,
        title: data.source?.title ?? '',
        cites: data.cites ?? {},
        background: data.background ?? {},
      };
    } else if (data.source || data.cites || data.background) {
      report(
        '(file)',
        'source',
        'an article’s title, citations and background belong in its folder',
      );
    }
  }

  // ── Every entry, every language ────────────────────────────────────────
  for (const locale of translatedLocales) {
    const t = translations[locale];
    const language = `${localeInfo[locale].englishName} (${locale})`;
    const used = {
      measures: new Set<string>(),
      claims: new Set<string>(),
      derived: new Set<string>(),
      events: new Set<string>(),
      charts: new Set<string>(),
      corrections: new Set<string>(),
    };
    const reporter =
      (entryFile: string, section: string, entry: string): Report =>
      (problem) =>
        !rejected.has(`${locale}/${section}/${entry.replace(/^cites /, '')}`) &&
        problems.push({
          file: translationFile(entryFile, locale),
          entry,
          ...problem,
          field: `${problem.field} (${locale})`,
        });
    /** A field the English has: its translation must exist and pass the text rules. */
    const field = (
      report: Report,
      name: string,
      english: string | null | undefined,
      translated: string | undefined,
      kind: 'text' | 'message' = 'text',
    ) => {
      if (english == null || english === '') {
        if (translated !== undefined)
          report({ field: name, message: 'the English has no such field' });
        return;
      }
      if (translated === undefined || translated === '') {
        report({ field: name, message: `no ${language} translation` });
        return;
      }
      checkText(english, translated, locale, t.glossary, report, name);
      if (kind === 'message') checkMessage(english, translated, report, name);
    };
    const list = (
      report: Report,
      name: string,
      english: string[],
      translated: string[] | undefined,
    ) => {
      if (!translated) {
        report({ field: name, message: `no ${language} translation` });
        return;
      }
      if (translated.length !== english.length) {
        report({
          field: name,
          message: `${translated.length} translations for ${english.length} passages`,
        });
      }
      english.forEach((text, index) => field(report, `${name}[${index}]`, text, translated[index]));
    };

    for (const { file, entry: source } of parsed.sources) {
      const report = reporter(file, 'source', source.id);
      field(report, 'title', source.title, t.sources[source.id]?.title);
      for (const name of [source.author, source.publisher]) {
        if (name && !t.glossary[name]) {
          report({ field: 'glossary', message: `no spelling of “${name}”` });
        }
      }
    }
    for (const { file, entry: measure } of parsed.measures) {
      const report = reporter(file, 'measures', measure.id);
      const translated = t.measures[measure.id];
      used.measures.add(measure.id);
      field(report, 'label', measure.label, translated?.label);
      field(report, 'shortLabel', measure.shortLabel, translated?.shortLabel);
      field(report, 'periodMeaning', measure.periodMeaning, translated?.periodMeaning);
      field(report, 'sentence', measure.sentence, translated?.sentence, 'message');
      field(report, 'annotation', measure.annotation, translated?.annotation, 'message');
    }
    for (const { file, entry: claim } of parsed.claims) {
      const report = reporter(file, 'claims', claim.id);
      used.claims.add(claim.id);
      field(report, 'quote', claim.quote, t.claims[claim.id]?.quote);
      field(report, 'attribution', claim.attribution, t.claims[claim.id]?.attribution);
    }
    for (const { file, entry: claim } of parsed.derived) {
      used.derived.add(claim.id);
      field(reporter(file, 'derived', claim.id), 'note', claim.note, t.derived[claim.id]?.note);
    }
    for (const { file, entry: event } of parsed.events) {
      const report = reporter(file, 'events', event.id);
      const translated = t.events[event.id];
      used.events.add(event.id);
      field(report, 'title', event.title, translated?.title);
      field(report, 'summary', event.summary, translated?.summary);
      list(report, 'quotes', event.quotes, translated?.quotes);
    }
    for (const { file, entry: citation } of parsed.citations) {
      const report = reporter(file, 'cites', `cites ${citation.cites}`);
      const translated = t.sources[citation.sourceId]?.cites[citation.cites];
      field(report, 'adds', citation.adds, translated?.adds);
      list(report, 'quotes', citation.quotes, translated?.quotes);
    }
    for (const { file, entry: passage } of parsed.background) {
      const report = reporter(file, 'background', passage.id);
      const translated = t.sources[passage.sourceId]?.background[passage.id];
      field(report, 'quote', passage.quote, translated?.quote);
      field(report, 'why', passage.why, translated?.why);
    }
    for (const { file, entry: chart } of parsed.charts) {
      used.charts.add(chart.slug);
      field(
        reporter(file, 'charts', chart.slug),
        'title',
        chart.title,
        t.charts[chart.slug]?.title,
      );
    }
    for (const { file, entry: correction } of parsed.corrections) {
      const report = reporter(file, 'corrections', correction.id);
      used.corrections.add(correction.id);
      field(report, 'change', correction.change, t.corrections[correction.id]?.change);
      field(report, 'why', correction.why, t.corrections[correction.id]?.why);
    }
    // Every name an event shows, in every spelling an article uses.
    for (const { file, entry } of [...parsed.events, ...parsed.citations]) {
      const report = reporter(file, 'glossary', 'id' in entry ? entry.id : `cites ${entry.cites}`);
      for (const actor of entry.actors) {
        for (const name of [actor.name, actor.sameAs]) {
          if (name && !t.glossary[name]) {
            report({ field: 'glossary', message: `no spelling of “${name}”` });
          }
        }
      }
    }
    // An article's translations of citations and passages it no longer has are stale too.
    for (const [sourceId, folder] of Object.entries(t.sources)) {
      const stale = (section: 'cites' | 'background', ids: Set<string>) => {
        for (const id of Object.keys(folder[section])) {
          if (!ids.has(id)) {
            problems.push({
              file: folder.file,
              entry: id,
              field: section,
              message: `translates no ${section === 'cites' ? 'citation' : 'passage'} of ${sourceId}`,
            });
          }
        }
      };
      stale(
        'cites',
        new Set(
          parsed.citations.filter((c) => c.entry.sourceId === sourceId).map((c) => c.entry.cites),
        ),
      );
      stale(
        'background',
        new Set(
          parsed.background.filter((b) => b.entry.sourceId === sourceId).map((b) => b.entry.id),
        ),
      );
    }
    // A translation of an entry that no longer exists is a stale translation.
    for (const key of Object.keys(used) as (keyof typeof used)[]) {
      for (const id of Object.keys(t[key])) {
        if (!used[key].has(id)) {
          problems.push({
            file: `data/translations/${locale}.ts or a folder’s translations/${locale}.ts`,
            entry: id,
            field: key,
            message: `translates no ${key.slice(0, -1)} in data/`,
          });
        }
      }
    }
  }
  return translations;
}
