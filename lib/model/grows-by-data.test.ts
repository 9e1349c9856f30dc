import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { BarPanel } from '../charts/types';
import { dataFiles } from '../downloads/files';
import { atomFeed } from '../feed';
import { headlineFigures } from '../headlines';
import type { Briefing } from './briefing';
import { loadBriefing } from './load';

/**
 * A third, FICTIONAL article (e2e/fixtures/sources/, never in data/) added as
 * a newsroom would add one: a folder and nothing else. Its figures reach the
 * charts, cards, tables, CSVs and feed on the next build with no code change.
 * (The end-to-end tests build the whole site with it too: e2e/fixture.spec.ts.)
 */
const FIXTURE = 'e2e/fixtures/sources';
const FICTIONAL = 'fictional-gazette-2026-03-02';
let briefing: Briefing;

beforeAll(async () => {
  vi.stubEnv('BRIEFING_EXTRA_SOURCES', FIXTURE);
  briefing = await loadBriefing();
});
afterAll(() => vi.unstubAllEnvs());

const bars = (slug: string) =>
  briefing.chart(slug).panels.flatMap((panel) => (panel as BarPanel).bars);

describe('a new article flows through on the next build', () => {
  it('adds a year to the permits chart, and says so in its subtitle', () => {
    expect(bars('work-permits').map((bar) => bar.label)).toEqual(['[2023]', '2024', '2025']);
    expect(briefing.chart('work-permits').subtitle).toMatch(
      /^Russia issued 3,100 work permits to Bangladeshi citizens in 2025\./,
    );
  });

  it('draws both killed figures side by side, each with its source, and says they differ', () => {
    const killed = bars('recruits').filter((bar) => bar.label.startsWith('Killed'));
    expect(killed.map((bar) => [bar.label, bar.valueText])).toEqual([
      ['Killed · IntelliNews', 'about 30'],
      ['Killed · The Fictional Gazette', 'about 45'],
    ]);
    const chart = briefing.chart('recruits');
    expect(chart.sourcesDiffer).toBe(true);
    expect(chart.subtitle).toContain('the sources differ');
    expect(chart.notes.join(' ')).toContain(
      'Sources differ on “Bangladeshi citizens recruited by the Russian military who have been killed”',
    );
    const card = headlineFigures(briefing, 'en').find(
      (f) => f.measureId === 'bangladeshi-recruits-killed',
    );
    expect(card?.agreement).toBe('differs');
    expect(card?.values.map((v) => v.figureText)).toEqual(['about 30', 'about 45']);
  });

  it('draws a repeated figure once, reported by both sources', () => {
    const [remittances] = bars('remittances');
    expect(remittances?.annotation).toBe('reported by 2 sources');
    expect(remittances?.provenance.creditLine).toBe(
      'Reported by 2 sources: IntelliNews, 29 January 2026; The Fictional Gazette, 2 March 2026',
    );
  });

  it('keeps every row in the CSVs, grouped by measure and period', () => {
    const files = dataFiles(briefing);
    const claims = JSON.parse(files.get('claims.json')!.body) as {
      rows: Record<string, unknown>[];
    };
    expect(claims.rows).toHaveLength(briefing.claims.length);
    const killed = claims.rows.filter(
      (row) => row.period_group === 'bangladeshi-recruits-killed@as-of',
    );
    expect(killed.map((row) => [row.id, row.sources_differ])).toEqual([
      ['bangladeshi-recruits-killed', 'yes'],
      ['fictional-recruits-killed', 'yes'],
    ]);
    expect(files.get('chart-work-permits.csv')!.body).toContain('fictional-work-permits-2025');
    expect(files.get('events.csv')!.body).toContain('fictional-trade-council-meets');
  });

  it('announces the new events in the feed', () => {
    const feed = atomFeed(briefing, 'https://briefing.example');
    expect(feed).toContain('FICTIONAL: the Imaginary Trade Council meets in Dhaka');
    expect(feed).toContain('FICTIONAL: the Made-up Shipping Board visits Chattogram');
  });
});

describe('adding an article', () => {
  it('touches only its own folder, and passes the check', () => {
    const clone = mkdtempSync(path.join(tmpdir(), 'add-article-'));
    execFileSync('git', ['clone', '--quiet', '--no-hardlinks', process.cwd(), clone]);
    symlinkSync(path.resolve('node_modules'), path.join(clone, 'node_modules'));
    cpSync(path.join(FIXTURE, FICTIONAL), path.join(clone, 'data/sources', FICTIONAL), {
      recursive: true,
    });
    execFileSync('git', ['add', '--all', 'data'], { cwd: clone });
    const changed = execFileSync('git', ['diff', '--cached', '--name-only'], { cwd: clone })
      .toString()
      .trim()
      .split('\n');
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.every((file) => file.startsWith(`data/sources/${FICTIONAL}/`))).toBe(true);
    // The clone's own data/ only: the fixture folder stubbed in above must not count twice.
    const env = { ...process.env };
    delete env.BRIEFING_EXTRA_SOURCES;
    const checked = execFileSync(path.resolve('node_modules/.bin/tsx'), ['scripts/check-data.ts'], {
      cwd: clone,
      env,
    }).toString();
    expect(checked).toMatch(/^data\/ check passed: 3 sources/);
  });
});
