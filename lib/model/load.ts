import path from 'node:path';
import { buildCharts } from '../charts/build-charts';
import { loadDataset } from '../data/dataset';
import { loadRawData } from '../data/load-sources';
import { Briefing } from './briefing';

/**
 * data/ read, checked and built into the briefing with its charts (Node
 * only): what `npm run briefing` compiles, and what tests use directly.
 * Throws a DataIntegrityError, one line per problem, when data/ is wrong.
 */
export async function loadBriefing(dataDir = path.resolve('data')): Promise<Briefing> {
  const plain = new Briefing(loadDataset(await loadRawData(dataDir), { checkTexts: true }));
  return plain.withCharts(buildCharts(plain));
}
