/**
 * npm run bench: measures the production build and prints one table per
 * measure, writing everything to bench/results.json. Run it after the
 * README's test command (which builds the site). Figures vary between runs and
 * machines: compare pages measured in the same run, never against a fixed time.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { requireChromium } from './lib/chromium';
import { measureLighthouseAll, type LighthouseFigures } from './lib/lighthouse';
import { startNext, type Server } from './lib/servers';
import { formatTable } from './lib/table';

const ROOT = path.resolve(import.meta.dirname, '..');
const BARE = path.join(ROOT, 'bench', 'bare-next');
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);

/** Pages measured, with the bare Next.js page as the reference. */
const targets = [
  { name: 'bare Next.js page', server: 'bare', path: '/' },
  { name: 'briefing /', server: 'site', path: '/' },
  { name: 'chart /charts/work-permits', server: 'site', path: '/charts/work-permits' },
] as const;

function ensureBuilt() {
  if (!existsSync(path.join(ROOT, '.next', 'BUILD_ID'))) {
    throw new Error('No production build: run the README test command (or npm run build) first.');
  }
  if (!existsSync(path.join(BARE, '.next', 'BUILD_ID'))) {
    console.log('building the bare Next.js reference page…');
    const result = spawnSync(process.execPath, [require.resolve('next/dist/bin/next'), 'build'], {
      cwd: BARE,
      stdio: 'inherit',
    });
    if (result.status !== 0) throw new Error('the bare Next.js page did not build');
  }
}

async function main() {
  requireChromium();
  ensureBuilt();
  const servers: Record<'site' | 'bare', Server> = {
    site: await startNext(ROOT, 3401),
    bare: await startNext(BARE, 3402),
  };
  const results: Record<string, LighthouseFigures> = {};
  try {
    const urls = targets.map((target) => `${servers[target.server].url}${target.path}`);
    const measured = await measureLighthouseAll(urls, RUNS, (url, round) =>
      console.log(`Lighthouse run ${round + 1}/${RUNS}: ${url}`),
    );
    targets.forEach((target, index) => {
      results[target.name] = measured[index]!.figures;
    });
  } finally {
    await servers.site.stop();
    await servers.bare.stop();
  }

  const bare = results['bare Next.js page']!;
  console.log(
    `\nLighthouse ${'12'} (mobile, simulated Slow 4G, 4× CPU), median of ${RUNS} interleaved runs:\n`,
  );
  console.log(
    formatTable(
      ['page', 'perf', 'Δ vs bare', 'a11y', 'best pr.', 'SEO', 'FCP ms', 'LCP ms', 'TBT ms', 'CLS'],
      Object.entries(results).map(([name, r]) => [
        name,
        r.performance.toFixed(2),
        (r.performance - bare.performance).toFixed(2),
        r.accessibility.toFixed(2),
        r.bestPractices.toFixed(2),
        r.seo.toFixed(2),
        Math.round(r.fcpMs),
        Math.round(r.lcpMs),
        Math.round(r.tbtMs),
        r.cls.toFixed(3),
      ]),
    ),
  );

  mkdirSync(path.join(ROOT, 'bench'), { recursive: true });
  writeFileSync(
    path.join(ROOT, 'bench', 'results.json'),
    `${JSON.stringify({ measuredAt: new Date().toISOString(), lighthouse: results }, null, 2)}\n`,
  );
  console.log('\nwritten: bench/results.json');
}

import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
