import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/chromium';
import { wordpressPostArguments } from './e2e/wordpress/posts';

/**
 * End-to-end tests drive Debian's Chromium against the production build,
 * never a dev server:
 * - "next": `next start` after `next build` (every test);
 * - "export": the static export (out/) served by nginx with deploy/nginx/site.conf,
 *   for the embed, header, framing and bad-input tests;
 * - "fixture": an export with a FICTIONAL third article added (out-fixture/), for
 *   the tests that new data flows through (e2e/fixture.spec.ts);
 * - "wordpress": a real WordPress with posts embedding charts from both servers
 *   (e2e/wordpress.spec.ts).
 * Ports 3107 and 3109 keep clear of a site already running on 3000.
 */
export const NEXT_PORT = Number(process.env.E2E_PORT ?? 3107);
export const EXPORT_PORT = Number(process.env.E2E_EXPORT_PORT ?? 3109);
export const FIXTURE_PORT = Number(process.env.E2E_FIXTURE_PORT ?? 3111);
export const WORDPRESS_PORT = Number(process.env.E2E_WORDPRESS_PORT ?? 3113);

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: 2,
  reporter: [['list']],
  use: { launchOptions: chromiumLaunchOptions(), trace: 'off', ...devices['Desktop Chrome'] },
  projects: [
    {
      name: 'next',
      use: { baseURL: `http://127.0.0.1:${NEXT_PORT}` },
      testIgnore: ['export.spec.ts', 'fixture.spec.ts', 'wordpress.spec.ts'],
    },
    {
      name: 'export',
      use: { baseURL: `http://127.0.0.1:${EXPORT_PORT}` },
      testMatch: [
        'budgets.spec.ts',
        'embeds.spec.ts',
        'bad-input.spec.ts',
        'export.spec.ts',
        'moved.spec.ts',
        'spreadsheets.spec.ts',
        'data-package.spec.ts',
      ],
    },
    {
      name: 'fixture',
      use: { baseURL: `http://127.0.0.1:${FIXTURE_PORT}` },
      testMatch: ['fixture.spec.ts'],
    },
    {
      name: 'wordpress',
      use: { baseURL: `http://127.0.0.1:${WORDPRESS_PORT}` },
      testMatch: ['wordpress.spec.ts'],
    },
  ],
  webServer: [
    {
      command: `node server.mjs -p ${NEXT_PORT} -H 127.0.0.1`,
      url: `http://127.0.0.1:${NEXT_PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `bash scripts/serve-export.sh ${EXPORT_PORT}`,
      url: `http://127.0.0.1:${EXPORT_PORT}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `bash scripts/serve-export.sh ${FIXTURE_PORT} out-fixture`,
      url: `http://127.0.0.1:${FIXTURE_PORT}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: [
        'bash e2e/wordpress/serve-wordpress.sh',
        WORDPRESS_PORT,
        ...wordpressPostArguments({
          next: `http://127.0.0.1:${NEXT_PORT}`,
          export: `http://127.0.0.1:${EXPORT_PORT}`,
        }),
      ].join(' '),
      url: `http://127.0.0.1:${WORDPRESS_PORT}/`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
});
