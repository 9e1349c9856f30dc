import { describe, expect, it } from 'vitest';
import { loadDataset } from '../data/dataset';
import { sampleRawData } from '../data/dataset.sample';
import { loadBriefing } from '../model/load';
import { translatedLocales } from './locales';
import { dataWords } from './words';

const sample = loadDataset(sampleRawData(), { checkTexts: true });

describe('dataWords on the sample', () => {
  it('gives English as data/ writes it, and no translation of an English quote', () => {
    const words = dataWords(sample, 'en');
    expect(words.measureLabel('firms')).toBe('Firms taking part');
    expect(words.measureSentence('exports', { figure: '$5bn', period: '2025', count: 5e9 })).toBe(
      'Exports reached $5bn in 2025',
    );
    expect(words.quoteTranslation({ kind: 'claim', id: 'firms' })).toBeNull();
    expect(words.name('Ministry')).toBe('Ministry');
  });

  it('gives the translation with its numbers in the reader’s digits', () => {
    const bn = dataWords(sample, 'bn');
    expect(bn.quoteTranslation({ kind: 'claim', id: 'firms' })).toBe(
      '২০০টির বেশি প্রতিষ্ঠান অংশ নিয়েছে',
    );
    expect(
      bn.quoteTranslation({
        kind: 'event',
        id: 'announcement',
        sourceId: 'sample-source',
        index: 0,
      }),
    ).toBe('২০২৬ সালের ৩ মার্চ মন্ত্রণালয় জানায়, ২০২৫ সালে রপ্তানি রেকর্ড ৫ বিলিয়ন ডলারে পৌঁছেছে।');
    expect(bn.name('Ministry')).toBe('মন্ত্রণালয়');
    expect(bn.chartTitle('timeline')).toBe('ঘটনা');
  });

  it('fills a measure sentence’s plural forms from the count', () => {
    const ru = dataWords(sample, 'ru');
    const sentence = (count: number) =>
      ru.measureSentence('ports', { figure: String(count), period: '', count });
    expect(sentence(1)).toBe('Экспорт шёл через 1 порт');
    expect(sentence(3)).toBe('Экспорт шёл через 3 порта');
    expect(sentence(12)).toBe('Экспорт шёл через 12 портов');
  });
});

describe.each(translatedLocales)('dataWords on data/ in %s', (locale) => {
  it('resolves every measure, chart, event, quote and name, with no token left', async () => {
    const { dataset } = await loadBriefing();
    const words = dataWords(dataset, locale);
    const texts = [
      ...dataset.measures.flatMap((m) => [
        words.measureLabel(m.id),
        words.measureShortLabel(m.id),
        words.measureSentence(m.id, { figure: 'F', period: 'P', count: 3 }),
      ]),
      ...dataset.charts.map((c) => words.chartTitle(c.slug)),
      ...dataset.sources.map((s) => words.sourceTitle(s.id)),
      ...dataset.events.flatMap((e) => [
        words.eventTitle(e.id),
        words.eventSummary(e.id),
        ...e.actors.flatMap((actor) => actor.spellings.map((s) => words.name(s.name))),
        ...e.citations.flatMap((citation) =>
          citation.quotes.map(
            (_, index) =>
              words.quoteTranslation({
                kind: 'event',
                id: e.id,
                sourceId: citation.sourceId,
                index,
              }) ?? '',
          ),
        ),
      ]),
      ...dataset.claims.map((c) =>
        c.qualifier === 'derived'
          ? words.derivedNote(c.id)
          : (words.quoteTranslation({ kind: 'claim', id: c.id }) ?? ''),
      ),
      ...dataset.corrections.flatMap((c) => Object.values(words.correction(c.id))),
    ];
    expect(texts.every((text) => text.length > 0)).toBe(true);
    expect(texts.filter((text) => /\{[ny]:/.test(text))).toEqual([]);
    if (locale === 'bn') {
      // Bengali digits only, but in names the glossary spells with Latin ones (Mi-171A2).
      const names = Object.values(dataset.translations.bn.glossary).flat();
      const latinDigits = texts.filter((text) =>
        /[0-9]/.test(names.reduce((rest, name) => rest.split(name).join(''), text)),
      );
      expect(latinDigits).toEqual([]);
    }
  });
});
