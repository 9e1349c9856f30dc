import { describe, expect, it } from 'vitest';
import { loadBriefing } from '@/lib/model/load';
import { attributionOf, claimFigureText, derivationText } from '../claims/claim-text';
import { yearFromContextNote } from '../format/date-ref';
import { barPanel } from './bars/bar-state';
import { translatedLocales } from '../i18n/locales';
import type { BarPanel, TimelinePanel } from './types';
import { DERIVED_2023_PERMITS } from '@/lib/testing/expected';

const briefing = await loadBriefing();
const chartSlugs = briefing.charts().map((chart) => chart.slug);
const buildChart = (_data: unknown, slug: string) => briefing.chart(slug);
const dataset = briefing.dataset;
const claimById = (_data: unknown, id: string) => briefing.claim(id);
const value = (id: string) => briefing.groupOf(id).values.find((v) => v.claimIds.includes(id))!;

const bars = (slug: string) =>
  buildChart(dataset, slug).panels.flatMap((panel) => (panel as BarPanel).bars);

describe('bar charts', () => {
  it.each([
    [
      'work-permits',
      [
        ['[2023]', 'derived', 1418, null, '1,418 (derived)'],
        ['2024', 'stated', 2777, null, '2,777'],
      ],
    ],
    [
      'recruits',
      [
        ['Recruited', 'more-than', 100, null, 'more than 100'],
        ['Killed', 'approximately', 30, null, 'about 30'],
      ],
    ],
    ['rooppur', [['To be added to the grid', 'approximately', 350, null, 'about 350 MW']]],
    [
      'migrant-workforce',
      [
        ['All migrant workers', 'range', 12e6, 14e6, '12–14mn'],
        ['From Central Asian states', 'approximately', 10.5e6, null, 'about 10.5mn'],
      ],
    ],
    [
      'remittances',
      [
        ['2025', 'record', 32e9, null, '$32bn, a record'],
        ['Workers abroad', 'more-than', 11e6, null, 'more than 11mn'],
      ],
    ],
  ] as const)('%s draws each claim with its qualifier', (slug, expected) => {
    expect(bars(slug).map((b) => [b.label, b.qualifier, b.value, b.high, b.valueText])).toEqual(
      expected,
    );
  });

  it('annotates the 2024 permits with the year-on-year change', () => {
    expect(bars('work-permits')[1]?.annotation).toBe('up 95.8%');
  });

  it('shows the working of a derived bar in its tooltip, ≈ for a rounded result, credited to the briefing', () => {
    const derived = bars('work-permits')[0]?.provenance;
    expect(derived?.derivationLine).toBe(`Derived: ${DERIVED_2023_PERMITS.working}`);
    expect(derived?.quote).toBeNull();
    expect(derived?.creditLine).toBe(
      'Calculated by the Bangladesh–Russia briefing from figures in IntelliNews, 29 January 2026',
    );
  });

  it('gives every bar its quote and source', () => {
    const killed = bars('recruits')[1];
    expect(killed?.provenance.quote).toContain('approximately 30 have been killed');
    expect(killed?.provenance.creditLine).toBe('Source: IntelliNews, 29 January 2026');
    expect(killed?.href).toBe('/claims/bangladeshi-recruits-killed');
  });

  it('leaves room beyond a "more than" bar for its open end, and fits a range’s high end', () => {
    const recruits = buildChart(dataset, 'recruits').panels[0] as BarPanel;
    expect(recruits.axis.domain[1]).toBeGreaterThanOrEqual(120);
    const migrants = buildChart(dataset, 'migrant-workforce').panels[0] as BarPanel;
    expect(migrants.axis.domain[1]).toBeGreaterThanOrEqual(14e6);
    expect(migrants.axis.tickLabels).toEqual(['0', '5mn', '10mn', '15mn']);
  });

  it('refuses to put two units on one axis', () => {
    expect(() =>
      barPanel(
        briefing,
        {
          id: 'mixed',
          title: null,
          bars: [
            { value: value('remittances-2025'), label: 'a', annotations: [] },
            { value: value('bangladeshi-workers-abroad'), label: 'b', annotations: [] },
          ],
        },
        'en',
      ),
    ).toThrow(/mixes units/);
  });

  it('explains every qualifier it draws in the legend and notes', () => {
    const chart = buildChart(dataset, 'recruits');
    expect(chart.legend.map((l) => l.mark)).toEqual(['more-than', 'approximately']);
    expect(chart.notes).toEqual([
      'Recruited, more than 100: The source gives a lower bound only (“more than”): it puts the number above this.',
      'Killed, about 30: The source gives an approximate number (“about”, “roughly”).',
    ]);
  });

  it('describes the chart in words from its data', () => {
    expect(buildChart(dataset, 'recruits').description).toBe(
      'Bangladeshis recruited by Russia’s military. Bar chart. Recruited: more than 100; Killed: about 30.',
    );
  });
});

describe('timeline', () => {
  const chart = buildChart(dataset, 'timeline');
  const panel = chart.panels[0] as TimelinePanel;
  const byId = (id: string) => panel.events.find((e) => e.eventId === id);

  it('draws only dated events, oldest first, and counts the rest', () => {
    expect(panel.events).toHaveLength(
      dataset.events.filter((e) => e.when.precision !== 'none').length,
    );
    expect(panel.events.at(-1)?.eventId).toBe('ambassador-meets-tarique-rahman');
    const undated = dataset.events.filter((e) => e.when.precision === 'none').length;
    expect(chart.notes.at(-1)).toBe(
      `Not drawn, because the sources give no date: ${undated} of ${dataset.events.length} events; the events table lists them.`,
    );
  });

  it('spans a month-dated event over its month and a day-dated one over its day', () => {
    expect(byId('crocus-city-hall-attack')?.span).toEqual([
      Date.UTC(2024, 2, 1),
      Date.UTC(2024, 3, 1),
    ]);
    expect(byId('change-of-government')?.span).toEqual([
      Date.UTC(2024, 7, 5),
      Date.UTC(2024, 7, 6),
    ]);
  });

  it('clips the Awami League period at the axis start and says so', () => {
    const period = byId('awami-league-era-ties');
    expect(period?.isPeriod).toBe(true);
    expect(period?.clippedStart).toBe(true);
    expect(period?.span[0]).toBe(panel.axis.domain[0]);
    expect(period?.dateText).toBe('January 2009 – August 2024');
  });

  it('marks the change of government', () => {
    expect(panel.marker?.time).toBe(Date.UTC(2024, 7, 5));
    expect(chart.subtitle).toBe(
      'The 9 events the sources date, from January 2009 to 20 January 2026. The dashed line marks 5 August 2024: Change of government in Bangladesh.',
    );
  });
});

describe('every chart', () => {
  it.each(chartSlugs)('%s has a title, description, sources and a data table', (slug) => {
    const chart = buildChart(dataset, slug);
    expect(chart.title.length).toBeGreaterThan(0);
    expect(chart.description.length).toBeGreaterThan(chart.title.length);
    expect(chart.sources.length).toBeGreaterThan(0);
    expect(chart.table.rows.length).toBeGreaterThan(0);
  });
});

describe('chart words keep the sources’ hedges and dates honest', () => {
  it.each(chartSlugs)('%s: a figure with an attribution is attributed in the subtitle', (slug) => {
    const chart = buildChart(dataset, slug);
    for (const id of chart.claimIds) {
      const attribution = attributionOf(claimById(dataset, id));
      if (attribution) expect(chart.subtitle.toLowerCase()).toContain(attribution.toLowerCase());
    }
  });

  it.each(translatedLocales)(
    'in %s, an attribution that opens a sentence in the article reads lower-case after a comma',
    (locale) => {
      // "…против Украины, по имеющимся данным.", not "…, По имеющимся данным."
      const recruits = briefing.chart('recruits', locale);
      const shown = briefing.words(locale).quoteTranslation({
        kind: 'claim-attribution',
        id: 'bangladeshis-recruited-by-russian-military',
      })!;
      const lowered = shown.charAt(0).toLocaleLowerCase(locale) + shown.slice(1);
      expect(recruits.subtitle).toContain(`, ${lowered}`);
      expect(recruits.subtitle.match(/, \p{Lu}/gu) ?? []).toEqual([]);
    },
  );

  it('a year read from context is bracketed and explained wherever it is shown', () => {
    const rooppur = buildChart(dataset, 'rooppur');
    expect(rooppur.subtitle).toBe(
      'About 350 MW of electricity produced at the Rooppur Nuclear Power Plant would be added to the national grid, Salehuddin Ahmed declared on 16 January [2026].',
    );
    expect(rooppur.notes).toContain(yearFromContextNote());
    const timeline = buildChart(dataset, 'timeline');
    expect(timeline.notes).toContain(yearFromContextNote());
    expect(timeline.description).toContain('15 January [2026]: Bangladesh’s ambassador');
  });

  it('a calculated share with an approximate input is approximate', () => {
    const share = claimById(dataset, 'russia-migrant-workers-central-asia-share');
    expect(claimFigureText(share)).toBe('about 75–87.5%');
    expect(derivationText(share)).toBe('10.5mn ÷ (12–14mn) × 100 = 75–87.5%');
  });
});
