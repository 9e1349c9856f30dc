import { describe, expect, it } from 'vitest';
import { checkData } from '@/lib/data/dataset';
import { loadRawData } from '@/lib/data/load-sources';
import { formatProblem } from '@/lib/data/problems';
import { formatDateRef } from '@/lib/format/date-ref';
import { formatQualifiedFigure } from '@/lib/format/qualified-figure';
import { Briefing } from '@/lib/model/briefing';
import { actorText } from '@/lib/tables/rows';

const rawData = await loadRawData();
const { dataset, problems } = checkData(rawData, { checkTexts: true });
const sourceTexts = Object.fromEntries(
  rawData.sources.map((folder) => [folder.id, folder.text ?? '']),
);

describe('data/', () => {
  it('passes every check, with every quote found verbatim and every word accounted for', () => {
    expect(problems.map(formatProblem)).toEqual([]);
    expect(rawData.sources.every((folder) => folder.text !== null)).toBe(true);
  });

  it.each([
    ['work-permits-2024', '2,777'],
    ['work-permits-growth-2024', '95.8%'],
    ['work-permits-2023', '1,418'],
    ['remittances-2025', '$32bn'],
    ['bangladeshis-recruited-by-russian-military', 'more than 100'],
    ['bangladeshi-recruits-killed', 'about 30'],
    ['rooppur-power-to-grid', 'about 350 MW'],
    ['russia-migrant-workers', '12–14mn'],
    ['russia-migrant-workers-central-asia', 'about 10.5mn'],
    ['bangladeshi-workers-abroad', 'more than 11mn'],
  ])('shows %s as %s', (id, expected) => {
    const claim = dataset?.claims.find((c) => c.id === id);
    expect(claim && formatQualifiedFigure(claim.qualifier, claim.figure, claim.unit)).toBe(
      expected,
    );
  });

  it('marks the 2023 permit count as derived, with its formula', () => {
    const claim = dataset?.claims.find((c) => c.id === 'work-permits-2023');
    expect(claim?.qualifier).toBe('derived');
    expect(claim?.formulaText).toEqual({
      en: '2,777 ÷ (1 + 95.8 ÷ 100)',
      bn: '২,৭৭৭ ÷ (১ + ৯৫.৮ ÷ ১০০)',
      ru: '2\u00a0777 ÷ (1 + 95,8 ÷ 100)',
    });
  });

  it('cites both articles for the meeting both report, and dates it', () => {
    const meeting = dataset?.events.find((e) => e.id === 'ambassador-meets-tarique-rahman');
    expect(meeting?.citations.map((c) => c.sourceId).sort()).toEqual([
      'intellinews-2026-01-29',
      'monitor-2026-01-21',
    ]);
    expect(meeting && formatDateRef(meeting.when)).toBe('20 January 2026');
  });

  it('keeps each article’s spelling of the ambassador, and says which article uses which', () => {
    const meeting = dataset?.events.find((e) => e.id === 'ambassador-meets-tarique-rahman');
    const khozin = meeting?.actors.find((a) => a.name === 'Aleksandr Khozin');
    expect(khozin?.spellings.map((s) => s.name)).toEqual(['Aleksandr Khozin', 'Alexander Khozin']);
    expect(dataset && khozin && actorText(new Briefing(dataset), khozin)).toBe(
      'Aleksandr Khozin (IntelliNews) / Alexander Khozin (Monitor Desk)',
    );
  });

  it('dates the Rooppur declaration, not the power it declares', () => {
    const power = dataset?.claims.find((c) => c.id === 'rooppur-power-to-grid');
    expect(power?.when.precision).toBe('none');
    expect(power && power.qualifier !== 'derived' && power.statedOn?.date).toBe('2026-01-16');
  });

  it('names actors only as the articles do', () => {
    const urged = dataset?.events.find(
      (e) => e.id === 'russia-urges-india-bangladesh-de-escalation',
    );
    expect(urged?.actors.map((a) => a.name)).toEqual(['Russian Ambassador']);
    const exercises = dataset?.events.find((e) => e.id === 'russian-led-military-exercises');
    expect(exercises?.actors.map((a) => a.name)).not.toContain('Bangladesh Armed Forces');
  });

  it('records no URL, since neither article prints one', () => {
    expect(dataset?.sources.map((s) => s.url)).toEqual([null, null]);
  });
});

/**
 * "Every number in both articles is a claim": scan each article for
 * numerals and number words. Each must be a date (a year, or a day beside
 * a month name), part of a model designation, explicitly listed below as not
 * a quantity, or lie inside the printed figure of a claim quoting that
 * article. A new number in an article, or a claim removed, fails this test.
 */
const notQuantities: { text: string; reason: string }[] = [
  { text: 'one of the largest producers', reason: '"one" is a pronoun here, not a count' },
  { text: 'between the two states', reason: 'Bangladesh and India: a reference, not a statistic' },
  {
    text: 'between the two countries',
    reason: 'Bangladesh and Russia: a reference, not a statistic',
  },
];

const numberPattern =
  /\$?\d+(?:,\d{3})*(?:\.\d+)?(?:mn|bn|%)?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|hundred|thousand|dozen)\b/gi;
const monthName =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December)';

describe('every number in both articles is a claim', () => {
  for (const source of rawData.sources) {
    it(`covers every number in ${source.id}`, () => {
      const text = sourceTexts[source.id] ?? '';
      const covered: [number, number][] = [];
      for (const claim of dataset?.claims ?? []) {
        if (claim.qualifier === 'derived' || claim.sourceId !== source.id) continue;
        const quoteAt = text.indexOf(claim.quote);
        expect(quoteAt, `quote of ${claim.id} is in the text as stored`).toBeGreaterThanOrEqual(0);
        const figureAt = quoteAt + claim.quote.indexOf(claim.asPrinted);
        covered.push([figureAt, figureAt + claim.asPrinted.length]);
      }
      for (const { text: phrase } of notQuantities) {
        let at = text.indexOf(phrase);
        while (at >= 0) {
          covered.push([at, at + phrase.length]);
          at = text.indexOf(phrase, at + 1);
        }
      }

      const uncovered: string[] = [];
      for (const match of text.matchAll(numberPattern)) {
        const start = match.index;
        const end = start + match[0].length;
        const before = text.slice(Math.max(0, start - 12), start);
        const after = text.slice(end, end + 12);
        const isYear = /^(19|20)\d\d$/.test(match[0]);
        const isDay =
          /^\d{1,2}$/.test(match[0]) &&
          (new RegExp(`${monthName}\\s$`).test(before) ||
            new RegExp(`^\\s${monthName}`).test(after));
        const isModel = /[A-Za-z]-$/.test(before) || /[A-Za-z]\d*$/.test(before);
        const isCovered = covered.some(([from, to]) => start >= from && end <= to);
        if (!isYear && !isDay && !isModel && !isCovered) {
          uncovered.push(`"${match[0]}" in "…${before}${match[0]}${after}…"`);
        }
      }
      expect(uncovered).toEqual([]);
    });
  }
});
