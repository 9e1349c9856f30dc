import { fileURLToPath } from 'node:url';
import type { LaunchOptions } from '@playwright/test';

/**
 * Debian's Chromium (Playwright's own browser download is not reachable here);
 * CHROMIUM_PATH overrides. The benchmark launches the same browser the same way.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless, and without the background traffic a closed network refuses. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The system's fonts and Noto Sans Bengali from npm, as a Bangla reader's system has one (e2e/fonts.conf). */
export const FONTCONFIG_FILE = fileURLToPath(new URL('./fonts.conf', import.meta.url));

export function chromiumLaunchOptions(): LaunchOptions {
  return {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    env: { ...process.env, FONTCONFIG_FILE } as Record<string, string>,
  };
}
