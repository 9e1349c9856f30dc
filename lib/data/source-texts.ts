import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const SOURCE_TEXTS_DIR = path.join(process.cwd(), 'data', 'source-texts');

/**
 * The stored article texts by source id, for the verbatim-quote check.
 * Node only: pages never need the texts, only the checks do.
 */
export function readSourceTexts(
  sources: readonly unknown[],
  directory = SOURCE_TEXTS_DIR,
): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const source of sources) {
    const { id, textFile } = (source ?? {}) as { id?: unknown; textFile?: unknown };
    if (typeof id !== 'string' || typeof textFile !== 'string') continue;
    const file = path.join(directory, path.basename(textFile));
    if (!existsSync(file)) continue;
    const text = readFileSync(file, 'utf8');
    if (text.trim().length > 0) texts[id] = text;
  }
  return texts;
}
