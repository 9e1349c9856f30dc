import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
    },
  },
  test: {
    include: ['{lib,data,components,app,scripts,bench}/**/*.test.{ts,tsx}'],
    environment: 'node',
    // One module graph for every test file: half the run goes to transforming and importing the
    // same modules again per file otherwise. Tests that need a fresh import (another SITE_URL)
    // reset modules themselves (vi.resetModules).
    isolate: false,
    // Spawned builds and renders under jsdom take longer than vitest's 5 s default.
    testTimeout: 60_000,
    // next-intl imports `next/navigation` without an extension, which only a bundler resolves.
    server: { deps: { inline: ['next-intl'] } },
  },
});
