import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ChartsByLocale } from '../charts/build-charts';
import type { Dataset } from '../data/dataset';
import { Briefing } from './briefing';

/**
 * The briefing compiled from data/ by `npm run briefing` (scripts/build-briefing.ts,
 * run before every build): the checked dataset and its chart models, as
 * JSON. Next cannot import data/'s TypeScript folders by a list it reads at
 * build time, so the compile step does, once, and every page, route and
 * download of the build reads this one file (server side only).
 */
export const COMPILED_FILE = path.join('generated', 'briefing.json');

export interface CompiledBriefing {
  /** The folders compiled, and a fingerprint of every file in them (path, size, time). */
  inputs: { dirs: string[]; fingerprint: string };
  dataset: Dataset;
  charts: ChartsByLocale;
}

function filesUnder(directory: string): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

/** Changes whenever a file under the compiled folders is added, removed or edited. */
export function inputsFingerprint(dirs: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of dirs.flatMap(filesUnder).sort()) {
    const stat = statSync(file);
    hash.update(`${file}\0${stat.size}\0${stat.mtimeMs}\n`);
  }
  return hash.digest('hex');
}

export function readCompiledBriefing(root = process.cwd()): Briefing {
  const file = path.join(root, COMPILED_FILE);
  if (!existsSync(file)) {
    throw new Error(
      `${COMPILED_FILE} is missing: run "npm run briefing" (it runs before every build)`,
    );
  }
  const compiled = JSON.parse(readFileSync(file, 'utf8')) as CompiledBriefing;
  // While building, refuse a compile older than data/: a plain `next build` after an edit
  // would otherwise publish the old data. A running server serves what was built.
  const building = process.env.NEXT_PHASE === 'phase-production-build';
  if (building && inputsFingerprint(compiled.inputs.dirs) !== compiled.inputs.fingerprint) {
    throw new Error(
      `data/ changed after ${COMPILED_FILE} was compiled: run "npm run briefing" (npm run build does)`,
    );
  }
  return new Briefing(compiled.dataset, compiled.charts);
}
