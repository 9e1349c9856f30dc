import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.2 AA and everything below it, as axe-core tags them. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * axe's default mode opens a blank page per run to merge results across cross-origin frames,
 * which costs more than the run itself here; the site's pages and embeds have no frames
 * (asserted), so its legacy mode, one run in the page, checks the same rules in a third of the time.
 */
async function violations(page: Page, rules?: readonly string[]): Promise<string[]> {
  expect(page.frames()).toHaveLength(1);
  const builder = new AxeBuilder({ page }).setLegacyMode(true);
  const results = await (
    rules ? builder.withRules([...rules]) : builder.withTags(WCAG_TAGS)
  ).analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** axe finds nothing on the page as it is now. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  expect(await violations(page)).toEqual([]);
}

/**
 * The WCAG rules whose outcome depends on colours: all the dark scheme changes (lib/theme.ts
 * swaps colour variables, nothing else), so the only ones worth running again in it.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'] as const;

/**
 * axe finds nothing in the light scheme (every WCAG rule), nor in the dark one (the rules
 * that depend on colour). The theme follows prefers-color-scheme through CSS alone, so the
 * page switches in place, without a reload.
 */
export async function expectNoAxeViolationsLightAndDark(page: Page): Promise<void> {
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await background();
  expect(await violations(page), 'light').toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await background(), 'the dark scheme took effect').not.toBe(light);
  expect(await violations(page, COLOUR_RULES), 'dark').toEqual([]);
}
