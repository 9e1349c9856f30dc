import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RawTranslation } from './check-translations';

/**
 * Reads data/ as written, before any check (Node only: the check, the
 * build's first step and the tests run it; pages read the compiled model).
 *
 *   data/measures.ts, derived.ts, charts.ts, corrections.ts, briefing.ts
 *   data/sources/<id>/source.ts, text.txt, claims.ts, events.ts, background.ts
 *   and, for an article that brings something new to count, measures.ts
 *   data/translations/<lang>.ts and data/sources/<id>/translations/<lang>.ts
 *
 * The list of sources is the list of folders: adding an article is adding a
 * folder. `BRIEFING_EXTRA_SOURCES` names more folders of sources (a
 * colon-separated list), for the end-to-end fixture and the scale bench,
 * which never write into data/.
 */

/** A list read from a file, kept with the file's path for problem lines. */
export interface RawList {
  file: string;
  entries: readonly unknown[];
}

export interface RawSourceFolder {
  /** The folder's name, which is the source's id. */
  id: string;
  dir: string;
  source: { file: string; entry: unknown };
  claims: RawList;
  events: RawList;
  background: RawList;
  measures: RawList;
  /** The article's full text, or null when text.txt is missing or empty. */
  text: string | null;
  translations: RawTranslation[];
}

export interface RawData {
  sources: RawSourceFolder[];
  measures: RawList;
  derived: RawList;
  charts: RawList;
  corrections: RawList;
  briefing: { file: string; entry: unknown };
  /** Every translation file: data/translations/ and each folder's translations/. */
  translations: RawTranslation[];
}

const relative = (file: string) => path.relative(process.cwd(), file) || file;

async function importFile(file: string): Promise<Record<string, unknown> | null> {
  if (!existsSync(file)) return null;
  return (await import(pathToFileURL(file).href)) as Record<string, unknown>;
}

async function readList(file: string, name: string): Promise<RawList> {
  const exports = await importFile(file);
  const value = exports?.[name];
  return { file: relative(file), entries: Array.isArray(value) ? value : [] };
}

/** Each <lang>.ts of a translations/ folder, by its language's code. */
async function readTranslations(dir: string, sourceId: string | null): Promise<RawTranslation[]> {
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.ts'))
    .sort();
  return Promise.all(
    files.map(async (name) => ({
      file: relative(path.join(dir, name)),
      locale: name.slice(0, -'.ts'.length),
      sourceId,
      entry: (await importFile(path.join(dir, name)))?.default,
    })),
  );
}

async function readFolder(dir: string): Promise<RawSourceFolder> {
  const file = (name: string) => path.join(dir, name);
  const textFile = file('text.txt');
  const text = existsSync(textFile) ? readFileSync(textFile, 'utf8') : '';
  const source = await importFile(file('source.ts'));
  return {
    id: path.basename(dir),
    dir: relative(dir),
    source: { file: relative(file('source.ts')), entry: source?.default },
    claims: await readList(file('claims.ts'), 'default'),
    events: await readList(file('events.ts'), 'default'),
    background: await readList(file('background.ts'), 'default'),
    measures: await readList(file('measures.ts'), 'default'),
    text: text.trim().length > 0 ? text : null,
    translations: await readTranslations(file('translations'), path.basename(dir)),
  };
}

/** The folders of sources under each directory, in name order. */
export function sourceFolders(directories: readonly string[]): string[] {
  return directories.flatMap((directory) =>
    existsSync(directory)
      ? readdirSync(directory)
          .filter((name) => statSync(path.join(directory, name)).isDirectory())
          .sort()
          .map((name) => path.join(directory, name))
      : [],
  );
}

export function sourceDirectories(dataDir: string): string[] {
  const extra = (process.env.BRIEFING_EXTRA_SOURCES ?? '').split(':').filter(Boolean);
  return [path.join(dataDir, 'sources'), ...extra.map((dir) => path.resolve(dir))];
}

export async function loadRawData(dataDir = path.resolve('data')): Promise<RawData> {
  const folders = sourceFolders(sourceDirectories(dataDir));
  const briefing = await importFile(path.join(dataDir, 'briefing.ts'));
  const sources = await Promise.all(folders.map(readFolder));
  return {
    sources,
    measures: await readList(path.join(dataDir, 'measures.ts'), 'measures'),
    derived: await readList(path.join(dataDir, 'derived.ts'), 'derived'),
    charts: await readList(path.join(dataDir, 'charts.ts'), 'charts'),
    corrections: await readList(path.join(dataDir, 'corrections.ts'), 'corrections'),
    briefing: { file: relative(path.join(dataDir, 'briefing.ts')), entry: briefing?.briefing },
    translations: [
      ...(await readTranslations(path.join(dataDir, 'translations'), null)),
      ...sources.flatMap((folder) => folder.translations),
    ],
  };
}
