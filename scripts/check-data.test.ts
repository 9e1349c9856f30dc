import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { sampleSourceText } from '@/lib/data/dataset.sample';

const run = promisify(execFile);
const tsx = path.resolve('node_modules/.bin/tsx');

/** The CLI that runs before every build: a bad entry must stop the build, naming entry and field. */
describe('scripts/check-data.ts', () => {
  it('passes on data/ as committed', async () => {
    const { stdout } = await run(tsx, ['scripts/check-data.ts']);
    expect(stdout).toMatch(/^data\/ check passed: 2 sources, \d+ claims, \d+ events/);
  });

  it('exits 1 and names each bad entry and field', async () => {
    const texts = mkdtempSync(path.join(tmpdir(), 'texts-'));
    writeFileSync(path.join(texts, 'sample-source.txt'), sampleSourceText);
    const failure = await run(tsx, [
      'scripts/check-data.ts',
      'scripts/fixtures/bad-data.sample.ts',
      texts,
    ]).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr.split('\n')).toEqual(
      expect.arrayContaining([
        '  data/claims › firms › quote: does not contain the number as printed "More than 200"',
        '  data/claims › audience › low: low (12000000) must be less than high (10000000)',
        '  data/events › announcement › citations.0.sourceId: unknown source "no-such-source"',
      ]),
    );
  });
});

describe('scripts/export.sh', () => {
  it('refuses to export without SITE_URL, in one line, before any work', async () => {
    const env = { ...process.env };
    delete env.SITE_URL;
    const failure = await run('bash', ['scripts/export.sh'], { env }).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr.trim().split('\n')).toEqual([
      "npm run export needs SITE_URL, the site's public address: SITE_URL=https://briefing.example npm run export",
    ]);
  });
});
