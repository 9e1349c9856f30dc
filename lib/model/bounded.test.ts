import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { writeSyntheticSources } from '@/bench/scale/synthetic-sources';
import type { BarPanel } from '../charts/types';
import { headlineFigures } from '../headlines';
import { eventsListing, claimsListing } from '../listings';
import { claimRows } from '../tables/rows';
import type { Briefing } from './briefing';
import { loadBriefing } from './load';

/**
 * What a page shows stays bounded however much data there is: with forty
 * synthetic articles repeating and contradicting each other's figures, no
 * sentence, card, tooltip or table page grows with the number of sources.
 * (npm run bench:scale measures whole pages at 1,000 times the data.)
 */
const SENTENCE_LIMIT = 700;
let briefing: Briefing;

beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'bounded-'));
  writeSyntheticSources(dir, 40);
  vi.stubEnv('BRIEFING_EXTRA_SOURCES', dir);
  briefing = await loadBriefing();
}, 120_000);
afterAll(() => vi.unstubAllEnvs());

describe('at forty times the sources', () => {
  it('is checked like real data, and its figures repeat and differ', () => {
    expect(briefing.sources.length).toBe(42);
    const remittances = briefing.groupsOf('remittances').at(-1);
    expect(remittances?.values[0]?.sourceIds.length).toBeGreaterThan(20);
    expect(briefing.groups.some((group) => group.agreement === 'differs')).toBe(true);
  });

  it('keeps every chart’s words and every mark’s credit short', () => {
    for (const chart of briefing.charts()) {
      expect(chart.subtitle.length, chart.slug).toBeLessThan(SENTENCE_LIMIT * 3);
      for (const note of chart.notes) expect(note.length, note).toBeLessThan(SENTENCE_LIMIT);
      for (const panel of chart.panels) {
        const marks = panel.kind === 'bars' ? (panel as BarPanel).bars : panel.events;
        for (const mark of marks) {
          expect(mark.provenance.creditLine.length).toBeLessThan(SENTENCE_LIMIT);
        }
      }
    }
  });

  it('keeps headline cards and table rows short', () => {
    for (const figure of headlineFigures(briefing, 'en')) {
      expect(figure.values.length).toBeLessThanOrEqual(3);
      for (const value of figure.values)
        expect(value.creditLine.length).toBeLessThan(SENTENCE_LIMIT);
    }
    for (const row of claimRows(briefing, 'en')) {
      expect((row.agreementText ?? '').length, row.id).toBeLessThan(SENTENCE_LIMIT);
    }
  });

  it('sends one page of rows and a bounded set of page links', () => {
    const events = eventsListing(briefing, 1, 'en');
    expect(events.rows).toHaveLength(50);
    expect(events.total).toBe(briefing.events.length);
    expect(events.pages.length).toBeLessThanOrEqual(7);
    expect(claimsListing(briefing, 2, 'en').rows.length).toBeLessThanOrEqual(50);
  });
});
