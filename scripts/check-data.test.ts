import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { sampleDataDir, sampleRawData } from '@/lib/data/dataset.sample';
import { writeDataDir } from '@/lib/data/write-data-dir';

const run = promisify(execFile);
const tsx = path.resolve('node_modules/.bin/tsx');

/** The CLI that runs before every build: a bad entry must stop the build, naming file, entry and field. */
describe('scripts/check-data.ts', () => {
  it('passes on data/ as committed', async () => {
    const { stdout } = await run(tsx, ['scripts/check-data.ts']);
    expect(stdout).toMatch(/^data\/ check passed: 2 sources, \d+ claims, \d+ events/);
  });

  it('exits 1 and names each bad entry and field', async () => {
    const data = sampleRawData();
    const claims = data.sources[0]!.claims.entries as Record<string, unknown>[];
    Object.assign(
      claims.find((c) => c.id === 'firms')!,
      { quote: 'firms took part' },
    );
    Object.assign(
      claims.find((c) => c.id === 'audience')!,
      { low: 12e6, high: 10e6 },
    );
    const dir = mkdtempSync(path.join(tmpdir(), 'bad-data-'));
    writeDataDir(dir, sampleDataDir(data));
    const failure = await run(tsx, ['scripts/check-data.ts', dir]).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    const claimsFile = path.relative(
      process.cwd(),
      path.join(dir, 'sources/sample-source/claims.ts'),
    );
    expect(failure?.stderr.split('\n')).toEqual(
      expect.arrayContaining([
        `  ${claimsFile} › firms › quote: does not contain the number as printed "More than 200"`,
        `  ${claimsFile} › audience › low: low (12000000) must be less than high (10000000)`,
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
