/**
 * Checks every entry in data/ (schemas, references, printed figures, dates,
 * derived values, hedges, names, that each quote is in its article verbatim
 * and that every word of every article is accounted for) and exits 1, one
 * line per problem, if anything is wrong.
 *
 *   tsx scripts/check-data.ts [data directory]
 */
import path from 'node:path';
import { checkData } from '@/lib/data/dataset';
import { loadRawData } from '@/lib/data/load-sources';
import { formatProblem } from '@/lib/data/problems';
import { formatCount, nouns } from '@/lib/format/count';

async function main() {
  const dataDir = path.resolve(process.argv[2] ?? 'data');
  const { dataset, problems } = checkData(await loadRawData(dataDir), { checkTexts: true });
  if (!dataset) {
    console.error(`data/ check failed with ${formatCount(problems.length, nouns.problem)}:`);
    for (const problem of problems) console.error(`  ${formatProblem(problem)}`);
    process.exit(1);
  }
  console.log(
    `data/ check passed: ${formatCount(dataset.sources.length, nouns.source)}, ${formatCount(dataset.claims.length, nouns.claim)}, ${formatCount(dataset.events.length, nouns.event)}; every quote found verbatim in its article and every word accounted for.`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
