import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { AxeResults, RunOptions } from 'axe-core';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.2 AA and everything below it, as axe-core tags them. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * axe-core run in the page through its own API (axe.run). Its Playwright wrapper injected axe's
 * source before every run, 0.2–0.35 s each here; the minified source now goes in once per
 * document, for the light and the dark run. As before (the wrapper's legacy mode), one run in
 * the page: the site's pages and embeds have no frames (asserted).
 */
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** What axe finds on the page as it is now, WCAG rules or the ones named: `rule: targets`. */
export async function axeViolations(page: Page, rules?: readonly string[]): Promise<string[]> {
  expect(page.frames()).toHaveLength(1);
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const options: RunOptions = {
    runOnly: rules ? { type: 'rule', values: [...rules] } : { type: 'tag', values: WCAG_TAGS },
    // Only violations are read: axe then keeps no detail of what passed (a light run 20–60 %
    // shorter on the pages timed).
    resultTypes: ['violations'],
  };
  const results = await page.evaluate(
    (runOptions) =>
      (
        window as unknown as {
          axe: { run(context: Document, options: object): Promise<AxeResults> };
        }
      ).axe.run(document, runOptions),
    options,
  );
  return results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** axe finds nothing on the page as it is now. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

/**
 * The WCAG rules whose outcome depends on colours: all the dark scheme changes (lib/theme.ts
 * swaps colour variables, nothing else), so the only ones worth running again in it.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'] as const;

/**
 * axe finds nothing in the light scheme (every WCAG rule), nor in the dark one (the rules
 * that depend on colour). The theme follows prefers-color-scheme through CSS alone, so the
 * page switches in place, without a reload.
 */
export async function expectNoAxeViolationsLightAndDark(page: Page): Promise<void> {
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await background();
  expect(await axeViolations(page), 'light').toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await background(), 'the dark scheme took effect').not.toBe(light);
  expect(await axeViolations(page, COLOUR_RULES), 'dark').toEqual([]);
}
