import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Writes a data directory in data/'s layout (Node only): for the CLI tests
 * and the scale bench, which never write into data/ itself. Entries are
 * written as TypeScript modules exporting JSON, as loadRawData reads them.
 */
export interface DataDirContent {
  measures: unknown[];
  derived: unknown[];
  charts: unknown[];
  corrections: unknown[];
  briefing: unknown;
  /** data/translations/<lang>.ts, by language. */
  translations?: Record<string, unknown>;
  sources: {
    id: string;
    source: unknown;
    text: string;
    claims: unknown[];
    events: unknown[];
    background: unknown[];
    measures?: unknown[];
    /** The folder's translations/<lang>.ts, by language. */
    translations?: Record<string, unknown>;
  }[];
}

const named = (name: string, value: unknown) =>
  `export const ${name} = ${JSON.stringify(value, null, 1)};\n`;
const defaulted = (value: unknown) => `export default ${JSON.stringify(value, null, 1)};\n`;

export function writeSourceFolder(directory: string, folder: DataDirContent['sources'][number]) {
  const dir = path.join(directory, folder.id);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'source.ts'), defaulted(folder.source));
  writeFileSync(path.join(dir, 'text.txt'), folder.text);
  writeFileSync(path.join(dir, 'claims.ts'), defaulted(folder.claims));
  writeFileSync(path.join(dir, 'events.ts'), defaulted(folder.events));
  writeFileSync(path.join(dir, 'background.ts'), defaulted(folder.background));
  if (folder.measures) writeFileSync(path.join(dir, 'measures.ts'), defaulted(folder.measures));
  writeTranslations(path.join(dir, 'translations'), folder.translations);
}

function writeTranslations(directory: string, translations: Record<string, unknown> = {}) {
  if (Object.keys(translations).length === 0) return;
  mkdirSync(directory, { recursive: true });
  for (const [locale, entry] of Object.entries(translations)) {
    writeFileSync(path.join(directory, `${locale}.ts`), defaulted(entry));
  }
}

export function writeDataDir(directory: string, content: DataDirContent) {
  mkdirSync(path.join(directory, 'sources'), { recursive: true });
  writeFileSync(path.join(directory, 'measures.ts'), named('measures', content.measures));
  writeFileSync(path.join(directory, 'derived.ts'), named('derived', content.derived));
  writeFileSync(path.join(directory, 'charts.ts'), named('charts', content.charts));
  writeFileSync(path.join(directory, 'corrections.ts'), named('corrections', content.corrections));
  writeFileSync(path.join(directory, 'briefing.ts'), named('briefing', content.briefing));
  writeTranslations(path.join(directory, 'translations'), content.translations);
  for (const folder of content.sources) writeSourceFolder(path.join(directory, 'sources'), folder);
}
