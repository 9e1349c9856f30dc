import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../e2e/chromium';

/**
 * Lighthouse with its default settings: mobile (Moto G Power viewport),
 * simulated Slow 4G and a 4× CPU slowdown. Each page runs `runs` times in a
 * fresh Chromium. Performance, LCP and TBT are each their own median over the
 * runs (they move between runs independently of one another); the other
 * figures come from the median run (Lighthouse's computeMedianRun, by FCP and TTI).
 */
export interface LighthouseFigures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  fcpMs: number;
  runs: number;
  /** Every run's performance score, LCP and TBT, lowest first: the spread around the median. */
  performanceRuns: number[];
  lcpRuns: number[];
  tbtRuns: number[];
}

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

async function runOnce(url: string): Promise<Lhr> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: CHROMIUM_ARGS,
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (result.lhr.runtimeError) throw new Error(`Lighthouse: ${result.lhr.runtimeError.message}`);
    return result.lhr;
  } finally {
    chrome.kill();
  }
}

/** Warms a server: a cold first response would count against the page. */
async function warm(url: string) {
  for (let i = 0; i < 3; i += 1) await (await fetch(url)).arrayBuffer();
}

function figuresOf(lhr: Lhr, all: readonly Lhr[]): LighthouseFigures {
  const score = (run: Lhr, id: string) => run.categories[id]?.score ?? 0;
  const audit = (run: Lhr, id: string) => run.audits[id]?.numericValue ?? Number.NaN;
  /** One figure of every run, lowest first. */
  const runs = (figure: (run: Lhr) => number) => all.map(figure).sort((a, b) => a - b);
  const median = (sorted: number[]) => sorted[Math.floor(sorted.length / 2)]!;
  const performanceRuns = runs((run) => score(run, 'performance'));
  const lcpRuns = runs((run) => audit(run, 'largest-contentful-paint'));
  const tbtRuns = runs((run) => audit(run, 'total-blocking-time'));
  return {
    performance: median(performanceRuns),
    accessibility: score(lhr, 'accessibility'),
    bestPractices: score(lhr, 'best-practices'),
    seo: score(lhr, 'seo'),
    lcpMs: median(lcpRuns),
    tbtMs: median(tbtRuns),
    cls: audit(lhr, 'cumulative-layout-shift'),
    fcpMs: audit(lhr, 'first-contentful-paint'),
    runs: all.length,
    performanceRuns,
    lcpRuns,
    tbtRuns,
  };
}

/**
 * Measures several pages `runs` times each, interleaved (a, b, c, a, b, c…)
 * so that a noisy moment on the machine falls on every page alike rather
 * than on one; then takes each page's median run.
 */
export async function measureLighthouseAll(
  urls: readonly string[],
  runs = 3,
  onRun: (url: string, round: number) => void = () => {},
): Promise<{ figures: LighthouseFigures; lhr: Lhr }[]> {
  for (const url of urls) await warm(url);
  const results: Lhr[][] = urls.map(() => []);
  for (let round = 0; round < runs; round += 1) {
    for (const [index, url] of urls.entries()) {
      onRun(url, round);
      results[index]!.push(await runOnce(url));
    }
  }
  return results.map((lhrs) => {
    const lhr = computeMedianRun(lhrs) as Lhr;
    return { figures: figuresOf(lhr, lhrs), lhr };
  });
}

export async function measureLighthouse(
  url: string,
  runs = 3,
): Promise<{ figures: LighthouseFigures; lhr: Lhr }> {
  const [result] = await measureLighthouseAll([url], runs);
  return result!;
}

/** Audits that cost a page points in a category, for the report. */
export function failedAudits(lhr: Lhr, category: string): string[] {
  return (lhr.categories[category]?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id])
    .filter((audit) => audit && audit.score !== null && audit.score < 1)
    .map((audit) => `${audit!.id} (${audit!.score})`);
}
