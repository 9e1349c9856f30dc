import { describe, expect, it } from 'vitest';
import { loadDataset } from '../data/dataset';
import { sampleRawData } from '../data/dataset.sample';
import { Briefing } from '../model/briefing';
import {
  briefingCalculation,
  claimCreditLine,
  claimDateText,
  claimFigureInSentence,
  sourcesText,
} from './claim-text';

const briefing = new Briefing(loadDataset(sampleRawData(), { checkTexts: true }));
const claim = (id: string) => briefing.claim(id);
const nbsp = (text: string) => text.replace(/ /g, '\u00a0');
const four = ['sample-source', 'sample-source', 'sample-source', 'sample-source'];

describe('a claim’s words in each language', () => {
  it('calls a record a record', () => {
    expect(claimFigureInSentence(claim('exports-2025'))).toBe('a record $5bn');
    expect(claimFigureInSentence(claim('exports-2025'), 'bn')).toBe(
      `রেকর্ড ${nbsp('৫ বিলিয়ন ডলার')}`,
    );
    expect(claimFigureInSentence(claim('exports-2025'), 'ru')).toBe(`рекордные ${nbsp('$5 млрд')}`);
    expect(claimFigureInSentence(claim('firms'), 'ru')).toBe('более 200');
  });

  it('credits a printed figure to its source and a derived one to the briefing', () => {
    expect(claimCreditLine(briefing, claim('firms'))).toBe('Source: “Trade report”, 4 March 2026');
    expect(claimCreditLine(briefing, claim('firms'), 'bn')).toBe(
      'সূত্র: “বাণিজ্য প্রতিবেদন”, ৪ মার্চ, ২০২৬',
    );
    expect(claimCreditLine(briefing, claim('exports-per-firm'), 'ru')).toBe(
      'Расчёт издания «Бангладеш и Россия: обзор» по цифрам из: «Отчёт о торговле», 4 марта 2026\u202fг.',
    );
    expect(briefingCalculation()).toBe('Calculated by the Bangladesh–Russia briefing');
  });

  it('names a few sources and counts the rest in the language’s plural', () => {
    expect(sourcesText(briefing, four, 'name', 2)).toBe(
      '“Trade report”, “Trade report” and 2 sources more',
    );
    expect(sourcesText(briefing, four, 'name', 3, 'ru')).toBe(
      '«Отчёт о торговле», «Отчёт о торговле», «Отчёт о торговле» и ещё 1 источник',
    );
    expect(sourcesText(briefing, four, 'name', 2, 'ru')).toBe(
      '«Отчёт о торговле», «Отчёт о торговле» и ещё 2 источника',
    );
    expect(sourcesText(briefing, four, 'name', 2, 'bn')).toBe(
      '“বাণিজ্য প্রতিবেদন”, “বাণিজ্য প্রতিবেদন” এবং আরও ২টি সূত্র',
    );
  });

  it('dates a claim in the language', () => {
    expect(claimDateText(claim('exports-2025'), 'bn')).toBe('২০২৫');
    expect(claimDateText(claim('firms'), 'ru')).toBe('дата не указана');
  });
});
