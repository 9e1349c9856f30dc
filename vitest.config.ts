import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      // A compile-time loader of Next's: see lib/testing/next-font-local.ts.
      'next/font/local': path.resolve(import.meta.dirname, 'lib/testing/next-font-local.ts'),
    },
  },
  test: {
    include: ['{lib,data,components,app,scripts,bench}/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Spawned builds and renders under jsdom take longer than vitest's 5 s default.
    testTimeout: 60_000,
    // next-intl imports `next/navigation` without an extension, which only a bundler resolves.
    server: { deps: { inline: ['next-intl'] } },
  },
});
