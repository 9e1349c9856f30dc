/**
 * npm run bench: measures the production build and the static export, prints
 * a table per measure and writes everything to bench/results.json. Run it
 * after the README's test command, which builds both. Figures vary between
 * runs and machines: compare what is measured in the same run, never against
 * a fixed time. Nothing here is asserted on time; only errors fail the run.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { CHROMIUM_PATH } from '../e2e/chromium';
import { measureLighthouseAll, type LighthouseFigures } from './lib/lighthouse';
import { measureLoad, type LoadFigures } from './lib/load';
import { findNginx, startExportServer } from './lib/nginx';
import {
  busyCoresNow,
  describeLoad,
  loadNow,
  sampleMachineLoad,
  type LoadReading,
} from './lib/machine-load';
import { startNext, startSite, type Server } from './lib/servers';
import { formatTable } from './lib/table';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(import.meta.dirname, '..');
const BARE = path.join(ROOT, 'bench', 'bare-next');
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 5);
const LOAD_SECONDS = Number(process.env.LOAD_SECONDS ?? 10);
const CONNECTIONS = 50;

/** Pages measured by Lighthouse, with the bare Next.js page as the reference. */
const lighthouseTargets = [
  { name: 'bare Next.js page', server: 'bare', path: '/' },
  { name: 'briefing /', server: 'site', path: '/' },
  { name: 'chart /charts/work-permits', server: 'site', path: '/charts/work-permits' },
  { name: 'events /events', server: 'site', path: '/events' },
  { name: 'claims /claims', server: 'site', path: '/claims' },
  { name: 'embed /embed/work-permits', server: 'site', path: '/embed/work-permits' },
] as const;

/** Issue 12's targets for each page against the bare page: perf within 0.02, LCP 1.2×, TBT +50 ms. */
const TARGET = { performance: 0.02, lcpRatio: 1.2, tbtMs: 50 };

/** Addresses put under load, on both servers. */
const loadTargets = ['/', '/embed/work-permits', '/data/claims.csv'] as const;

function missing(): string[] {
  const problems: string[] = [];
  if (!existsSync(CHROMIUM_PATH)) {
    problems.push(
      `Chromium not found at ${CHROMIUM_PATH}: run 'sudo apt-get install chromium' or set CHROMIUM_PATH.`,
    );
  }
  if (!findNginx())
    problems.push("nginx not found: run 'sudo apt-get install nginx' or set NGINX_PATH.");
  if (!existsSync(path.join(ROOT, '.next', 'BUILD_ID'))) {
    problems.push(
      'No production build in .next/: run the README test command (or npm run build) first.',
    );
  }
  if (!existsSync(path.join(ROOT, 'out', 'index.html'))) {
    problems.push(
      'No static export in out/: run the README test command (or npm run export) first.',
    );
  }
  return problems;
}

function ensureBareBuilt() {
  if (existsSync(path.join(BARE, '.next', 'BUILD_ID'))) return;
  console.log('building the bare Next.js reference page…');
  const result = spawnSync(process.execPath, [require.resolve('next/dist/bin/next'), 'build'], {
    cwd: BARE,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('the bare Next.js page did not build');
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function main() {
  // Before anything of the bench's own (building the bare page included) loads the machine.
  const loadBefore = loadNow();
  const busyCores = await busyCoresNow();
  const problems = missing();
  if (problems.length > 0) {
    for (const problem of problems) console.error(problem);
    process.exit(1);
  }
  ensureBareBuilt();
  const machineLoad = sampleMachineLoad(busyCores, loadBefore);
  let loadReading: LoadReading | undefined;

  const servers: Record<'site' | 'bare' | 'export', Server> = {
    site: await startSite(ROOT, 3401),
    bare: await startNext(BARE, 3402),
    export: await startExportServer(ROOT, 3403),
  };
  const lighthouse: Record<string, LighthouseFigures & { bytes: number }> = {};
  const load: Record<string, { next: LoadFigures; nginx: LoadFigures }> = {};
  try {
    const measured = await measureLighthouseAll(
      lighthouseTargets.map((t) => `${servers[t.server].url}${t.path}`),
      RUNS,
      (url, round) => console.log(`Lighthouse run ${round + 1}/${RUNS}: ${url}`),
    );
    lighthouseTargets.forEach((target, i) => {
      const { figures, lhr } = measured[i]!;
      lighthouse[target.name] = {
        ...figures,
        bytes: lhr.audits['total-byte-weight']?.numericValue ?? Number.NaN,
      };
    });
    for (const target of loadTargets) {
      console.log(
        `load: ${CONNECTIONS} connections × ${LOAD_SECONDS}s on ${target}, npm start (server.mjs) then nginx`,
      );
      load[target] = {
        next: await measureLoad(`${servers.site.url}${target}`, CONNECTIONS, LOAD_SECONDS),
        nginx: await measureLoad(`${servers.export.url}${target}`, CONNECTIONS, LOAD_SECONDS),
      };
    }
  } finally {
    loadReading = machineLoad.stop();
    await Promise.all(Object.values(servers).map((server) => server.stop()));
  }

  const bare = lighthouse['bare Next.js page']!;
  console.log(
    `\nLighthouse 12 (mobile: simulated Slow 4G, 4× CPU), ${RUNS} interleaved runs: perf, LCP and TBT are each the median of the runs (lowest–highest beside it); a11y, best practices, SEO, CLS and bytes (all transferred, as the server compressed them: Brotli where it offers it) from the run Lighthouse's computeMedianRun picks:\n`,
  );
  const range = (values: number[], digits = 0) =>
    `${values[0]!.toFixed(digits)}–${values.at(-1)!.toFixed(digits)}`;
  const meets = (r: LighthouseFigures) =>
    [
      r.performance >= bare.performance - TARGET.performance ? '' : 'perf',
      r.lcpMs <= bare.lcpMs * TARGET.lcpRatio ? '' : 'LCP',
      r.tbtMs <= bare.tbtMs + TARGET.tbtMs ? '' : 'TBT',
    ]
      .filter(Boolean)
      .join(', ') || 'yes';
  console.log(
    formatTable(
      [
        'page',
        'perf',
        'perf runs',
        'Δ bare',
        'a11y',
        'best pr.',
        'SEO',
        'LCP ms',
        'LCP runs',
        'TBT ms',
        'TBT runs',
        'CLS',
        'bytes',
        'targets met',
      ],
      Object.entries(lighthouse).map(([name, r]) => [
        name,
        r.performance.toFixed(2),
        range(r.performanceRuns, 2),
        (r.performance - bare.performance).toFixed(2),
        r.accessibility.toFixed(2),
        r.bestPractices.toFixed(2),
        r.seo.toFixed(2),
        Math.round(r.lcpMs),
        range(r.lcpRuns),
        Math.round(r.tbtMs),
        range(r.tbtRuns),
        r.cls.toFixed(3),
        kb(r.bytes),
        r === bare ? '' : meets(r),
      ]),
    ),
  );
  console.log(
    `targets (issue 12), medians against the bare page's medians: perf within ${TARGET.performance}, LCP within ${TARGET.lcpRatio}×, TBT within ${TARGET.tbtMs} ms`,
  );

  console.log(
    `\nLoad (autocannon, loopback, ${CONNECTIONS} connections, ${LOAD_SECONDS} s each, gzip accepted; next = npm start, server.mjs):\n`,
  );
  console.log(
    formatTable(
      [
        'address',
        'next req/s',
        'next p99 ms',
        'nginx req/s',
        'nginx p99 ms',
        'nginx/next',
        'errors',
        'non-2xx',
      ],
      Object.entries(load).map(([target, { next, nginx }]) => [
        target,
        Math.round(next.requestsPerSecond),
        next.p99Ms,
        Math.round(nginx.requestsPerSecond),
        nginx.p99Ms,
        `${(nginx.requestsPerSecond / next.requestsPerSecond).toFixed(1)}×`,
        next.errors + next.timeouts + nginx.errors + nginx.timeouts,
        next.non2xx + nginx.non2xx,
      ]),
    ),
  );

  console.log(`\n${describeLoad(loadReading)}`);

  writeFileSync(
    path.join(ROOT, 'bench', 'results.json'),
    `${JSON.stringify({ measuredAt: new Date().toISOString(), machineLoad: loadReading, lighthouseRuns: RUNS, lighthouse, load }, null, 2)}\n`,
  );
  console.log('\nwritten: bench/results.json');

  const failures = Object.entries(load).flatMap(([target, servers]) =>
    Object.entries(servers)
      .filter(([, r]) => r.errors + r.timeouts + r.non2xx > 0)
      .map(
        ([server, r]) =>
          `${server} ${target}: ${r.errors} errors, ${r.timeouts} timeouts, ${r.non2xx} non-2xx`,
      ),
  );
  if (failures.length > 0) {
    console.error(`\nLoad failures:\n${failures.join('\n')}`);
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
