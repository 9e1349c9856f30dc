import { loadDataset } from '@/lib/data/dataset';
import { rawData } from './raw';

/**
 * The one dataset every page, chart, CSV, embed and image reads. Loading it
 * runs every schema and integrity check and throws, naming each bad entry and
 * field, so a bad entry fails the build. The verbatim-quote check needs the
 * article texts from disk; scripts/check-data.ts runs it before every build.
 */
export const dataset = loadDataset(rawData);
