import type { Frame, Page } from '@playwright/test';
import { expect, test } from './reused-page';
import { EXPORT_PORT, NEXT_PORT } from '../playwright.config';
import { localeInfo } from '@/lib/i18n/locales';
import { WORDPRESS_POSTS, wordpressPost } from './wordpress/posts';

/**
 * A real WordPress (Debian's 6.1, e2e/wordpress/serve-wordpress.sh) with a post per address
 * an author might paste: a chart's page or its embed, from `next start` and from the export
 * under nginx. WordPress discovers the oEmbed, filters its html, adds its secret and sandbox,
 * and loads its own wp-embed.js: nothing here imitates WordPress.
 */
const servers = [
  { name: 'next', origin: `http://127.0.0.1:${NEXT_PORT}` },
  { name: 'export', origin: `http://127.0.0.1:${EXPORT_PORT}` },
] as const;

/** The embed's iframe once WordPress has shown it: it drops the hiding style on the first message. */
async function shownEmbed(page: Page): Promise<Frame> {
  const iframe = page.locator('iframe.wp-embedded-content');
  await expect(iframe).toHaveCount(1);
  await expect(iframe).toHaveAttribute('sandbox', 'allow-scripts');
  await expect(iframe).toHaveAttribute('data-secret', /^[A-Za-z0-9]{10}$/);
  // The first message arrives once the embed has loaded from a server that, in the test command,
  // shares two cores with WordPress, MariaDB and a second worker: allow it longer than 5 s.
  await expect(iframe).not.toHaveAttribute('style', /clip/, { timeout: 20_000 });
  await expect(page.locator('blockquote.wp-embedded-content')).toBeHidden();
  const frame = await (await iframe.elementHandle())!.contentFrame();
  return frame!;
}

for (const server of servers) {
  for (const post of WORDPRESS_POSTS) {
    for (const width of [390, 1280]) {
      test(`${server.name}: pasting the ${localeInfo[post.locale].englishName} ${post.form} address of ${post.slug} shows the whole chart at ${width} px`, async ({
        page,
      }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`/?name=${wordpressPost(server.name, post)}`);
        const frame = await shownEmbed(page);
        await expect(frame.locator('svg[role="img"]').filter({ visible: true })).toHaveCount(1);
        // The chart in the language of the address pasted.
        expect(await frame.evaluate(() => document.documentElement.lang)).toBe(
          localeInfo[post.locale].tag,
        );
        const iframe = page.locator('iframe.wp-embedded-content');
        // WordPress sets the height its script receives, between 200 and 1000 px.
        const content = () =>
          frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
        await expect
          .poll(async () => Number(await iframe.getAttribute('height')) - (await content()))
          .toBe(0);
        expect(await content()).toBeLessThanOrEqual(1000);
        // The frame shows exactly the content: nothing cut off, nothing to scroll, no gap.
        expect(await frame.evaluate(() => window.innerHeight)).toBe(await content());
        expect(
          await frame.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight),
        ).toBe(true);
        expect((await iframe.boundingBox())!.width).toBeLessThanOrEqual(width);
      });
    }
  }

  test(`${server.name}: a link in the embed opens in WordPress's top window`, async ({ page }) => {
    const post = WORDPRESS_POSTS[0]!;
    await page.goto(`/?name=${wordpressPost(server.name, post)}`);
    const frame = await shownEmbed(page);
    await frame.getByRole('link', { name: 'Data, sources and downloads' }).click();
    await expect(page).toHaveURL(`${server.origin}/charts/${post.slug}`);
  });

  test(`${server.name}: a page on another origin may read the public files`, async ({ page }) => {
    await page.goto('/');
    const read = (path: string) =>
      page.evaluate(async (url) => {
        try {
          const response = await fetch(url);
          return { status: response.status, bytes: (await response.text()).length };
        } catch (error) {
          return { status: 0, error: String(error) };
        }
      }, `${server.origin}${path}`);
    for (const path of [
      '/data/claims.csv',
      '/data/datapackage.json',
      '/oembed/recruits.json',
      '/images/recruits.svg',
      '/feed.xml',
    ]) {
      expect(await read(path), path).toMatchObject({ status: 200 });
    }
    // A page is not a public file: the browser refuses to hand it over.
    expect(await read('/charts/recruits')).toMatchObject({ status: 0 });
  });
}
