import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deferPageScripts } from './deferred-scripts.js';

/**
 * Rewrites every .html under `directory` so that Next's scripts load after the first paint
 * (deferred-scripts.js), for the build (scripts/finish-build.ts) and the export
 * (scripts/finish-export.ts) alike. Node only: the browser's islands import deferred-scripts.js.
 * Returns how many pages changed.
 */
export function deferScriptsIn(directory: string): number {
  let rewritten = 0;
  for (const file of readdirSync(directory, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.html')) continue;
    const full = path.join(directory, file);
    const html = readFileSync(full, 'utf8');
    const deferred = deferPageScripts(html);
    if (deferred !== html) {
      writeFileSync(full, deferred);
      rewritten += 1;
    }
  }
  return rewritten;
}
