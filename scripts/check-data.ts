/**
 * Checks every entry in data/ (schemas, references, printed figures, dates,
 * derived values, and that each quote is in its article verbatim) and exits
 * non-zero, one line per problem, if anything is wrong. Runs before every
 * build and dev server.
 *
 *   tsx scripts/check-data.ts [module exporting rawData] [source-texts dir]
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkData } from '@/lib/data/dataset';
import { formatProblem } from '@/lib/data/problems';
import type { RawData } from '@/lib/data/schema';
import { readSourceTexts, SOURCE_TEXTS_DIR } from '@/lib/data/source-texts';

async function main() {
  const [moduleArg, textsArg] = process.argv.slice(2);
  const modulePath = path.resolve(moduleArg ?? 'data/raw.ts');
  const { rawData } = (await import(pathToFileURL(modulePath).href)) as { rawData: RawData };
  const sourceTexts = readSourceTexts(
    rawData.sources,
    textsArg ? path.resolve(textsArg) : SOURCE_TEXTS_DIR,
  );
  const { dataset, problems } = checkData(rawData, { sourceTexts });

  if (!dataset) {
    console.error(`data/ check failed with ${problems.length} problem(s):`);
    for (const problem of problems) console.error(`  ${formatProblem(problem)}`);
    process.exit(1);
  }
  console.log(
    `data/ check passed: ${dataset.sources.length} sources, ${dataset.claims.length} claims, ${dataset.events.length} events; every quote found verbatim in its article.`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
