/**
 * npm run bench:scale [-- --sizes 10,100,1000] [--check]
 *
 * Builds the static export against synthetic, clearly FICTIONAL data at
 * several times today's size (bench/scale/synthetic-sources.ts, written to a
 * temporary folder, never into data/) and prints, per size: build time, the
 * largest HTML page, the first response of / and /events gzipped, and the
 * export's size and file count. Times are figures, never asserted; the byte
 * budgets are checked, and with --check a broken one fails the run:
 *   - /events and / stay within 60 KB gzipped, however many events there are;
 *   - every event is reachable without JavaScript, on a numbered events page.
 *
 * Each size is exported to out-scale/ (then removed, unless --keep) with the real data/ plus
 * the synthetic folders; generated/ is compiled again from data/ at the end (unless
 * --no-restore: the test command builds it in a copy of the tree it then removes).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { formatTable } from './lib/table';
import { writeSyntheticSources } from './scale/synthetic-sources';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = 'out-scale';
/** The real data has 2 sources: ×n adds 2n − 2 synthetic ones. */
const REAL_SOURCES = 2;
export const FIRST_RESPONSE_BUDGET = 60 * 1024;

const args = process.argv.slice(2);
const sizesArg = args[args.indexOf('--sizes') + 1];
const sizes = (args.includes('--sizes') && sizesArg ? sizesArg : '10,100,1000')
  .split(',')
  .map(Number)
  .filter((n) => n >= 1);
const check = args.includes('--check');
/** Leave the last size's export in out-scale/, to look at. */
const keep = args.includes('--keep');
/** Leave generated/ as the last size compiled it: for a caller that compiles it again next. */
const restore = !args.includes('--no-restore');

function files(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    return entry.isDirectory() ? files(full) : [full];
  });
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

interface ScaleFigures {
  size: number;
  sources: number;
  claims: number;
  events: number;
  buildSeconds: number;
  largestHtml: { file: string; bytes: number };
  homeGzip: number;
  eventsGzip: number;
  exportBytes: number;
  exportFiles: number;
  unreachableEvents: number;
  loadBefore: number;
  loadAfter: number;
}

function measure(size: number): ScaleFigures {
  const synthetic = mkdtempSync(path.join(tmpdir(), `bd-ru-scale-x${size}-`));
  writeSyntheticSources(synthetic, REAL_SOURCES * size - REAL_SOURCES);
  const loadBefore = loadavg()[0] ?? 0;
  const started = performance.now();
  const result = spawnSync('bash', ['scripts/export.sh'], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      BRIEFING_EXTRA_SOURCES: synthetic,
      EXPORT_DIR: OUT,
      SITE_URL: 'https://scale.example',
    },
  });
  const buildSeconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`the ×${size} export failed`);
  const loadAfter = loadavg()[0] ?? 0;

  const out = path.join(ROOT, OUT);
  const all = files(out);
  const html = all.filter((file) => file.endsWith('.html'));
  const largest = html
    .map((file) => ({ file: path.relative(out, file), bytes: statSync(file).size }))
    .sort((a, b) => b.bytes - a.bytes)[0] ?? { file: '', bytes: 0 };
  const gzipOf = (file: string) =>
    gzipSync(readFileSync(path.join(out, file)), { level: 9 }).length;

  // Every event, reachable without JavaScript: its row is on /events or a numbered page.
  const compiled = JSON.parse(readFileSync(path.join(ROOT, 'generated', 'briefing.json'), 'utf8'));
  const eventIds: string[] = compiled.dataset.events.map((event: { id: string }) => event.id);
  const pages = html.filter((file) => /\/events(\.html|\/page\/\d+\.html)$/.test(file));
  const rows = new Set(
    pages.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/<tr id="event-([a-z0-9-]+)"/g)].map((m) => m[1]),
    ),
  );
  const figures: ScaleFigures = {
    size,
    sources: compiled.dataset.sources.length,
    claims: compiled.dataset.claims.length,
    events: eventIds.length,
    buildSeconds,
    largestHtml: largest,
    homeGzip: gzipOf('index.html'),
    eventsGzip: gzipOf('events.html'),
    exportBytes: all.reduce((sum, file) => sum + statSync(file).size, 0),
    exportFiles: all.length,
    unreachableEvents: eventIds.filter((id) => !rows.has(id)).length,
    loadBefore,
    loadAfter,
  };
  if (!keep) rmSync(out, { recursive: true, force: true });
  rmSync(synthetic, { recursive: true, force: true });
  return figures;
}

function main() {
  const results: ScaleFigures[] = [];
  for (const size of sizes) {
    console.log(`\nbuilding the export at ×${size}…`);
    results.push(measure(size));
  }
  // Put back generated/ from the real data/, as npm run build would.
  if (restore) spawnSync('npm', ['run', '--silent', 'briefing'], { cwd: ROOT, stdio: 'inherit' });

  const date = new Date().toISOString().slice(0, 10);
  console.log(
    `\nbench:scale, ${date}, ${process.platform} ${process.arch}, Node ${process.version}`,
  );
  console.log(
    formatTable(
      [
        'size',
        'sources',
        'claims',
        'events',
        'build s',
        'largest HTML',
        '/ gz',
        '/events gz',
        'export',
        'files',
        'unreachable',
        'load 1m',
      ],
      results.map((r) => [
        `×${r.size}`,
        r.sources,
        r.claims,
        r.events,
        r.buildSeconds.toFixed(0),
        `${kb(r.largestHtml.bytes)} (${r.largestHtml.file})`,
        kb(r.homeGzip),
        kb(r.eventsGzip),
        mb(r.exportBytes),
        r.exportFiles,
        r.unreachableEvents,
        `${r.loadBefore.toFixed(1)}→${r.loadAfter.toFixed(1)}`,
      ]),
    ),
  );
  writeFileSync(
    path.join(ROOT, 'bench', 'scale-results.json'),
    `${JSON.stringify(results, null, 2)}\n`,
  );

  const broken = results.flatMap((r) => [
    ...(r.eventsGzip > FIRST_RESPONSE_BUDGET
      ? [`×${r.size}: /events is ${kb(r.eventsGzip)} gzipped`]
      : []),
    ...(r.homeGzip > FIRST_RESPONSE_BUDGET ? [`×${r.size}: / is ${kb(r.homeGzip)} gzipped`] : []),
    ...(r.unreachableEvents > 0
      ? [`×${r.size}: ${r.unreachableEvents} events on no events page`]
      : []),
  ]);
  for (const line of broken) console.error(`over budget: ${line}`);
  if (broken.length === 0)
    console.log(
      `budgets hold: / and /events within ${kb(FIRST_RESPONSE_BUDGET)} gzipped, every event on an events page`,
    );
  if (check && broken.length > 0) process.exit(1);
}

main();
