import { defineConfig, globalIgnores } from 'eslint/config';
import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypeScript from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextCoreWebVitals,
  ...nextTypeScript,
  {
    rules: {
      // Plain <a> on purpose: every page is prerendered, so a full load is fast and brings the
      // baked charts, where client-side navigation would fetch RSC payloads (next/link prefetches
      // every visible link, measurable as Total Blocking Time) and draw charts with recharts.
      '@next/next/no-html-link-for-pages': 'off',
    },
  },
  globalIgnores([
    '**/node_modules/**',
    '**/.next/**',
    // Where npm run export keeps the `next start` build meanwhile (scripts/export.sh).
    '.next-start-kept/**',
    // The copy of the working tree the test command's scale and fixture exports build in.
    '.build-aside/**',
    'out/**',
    'out-fixture/**',
    'out-scale/**',
    'generated/**',
    'next-env.d.ts',
    'test-results/**',
    'playwright-report/**',
  ]),
]);
