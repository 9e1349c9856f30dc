import type { Page } from '@playwright/test';
import { expect, test } from './reused-page';
import { builtLocales, localeInfo, translatedLocales } from '@/lib/i18n/locales';
import { localePath } from '@/lib/i18n/paths';
import { briefing, chartSlugs, translatedPages } from './site-map';

/**
 * Latin-script words a Bangla or Russian page may show outside the English it quotes: names of
 * file formats, programs and products ("PRO", a paid plan on an article's page), and "cookie",
 * which Russian writes in Latin letters ("файлы cookie").
 */
const KEPT_AS_IS = [
  'CSV',
  'JSON',
  'Excel',
  'PNG',
  'SVG',
  'Atom',
  'WordPress',
  'oEmbed',
  'JavaScript',
  'HTML',
  'Data',
  'Package',
  'Frictionless',
  'URL',
  'PRO',
  'cookie',
];

/**
 * Every word in Latin letters on the page that is neither inside an element marked as English
 * (the verbatim quotes, the articles' titles, what they print), nor between quotation marks
 * (a citation's quote, the words a correction cites), nor code, nor a name: an interface string
 * or data word left untranslated. Names are the glossary's (English spellings and the
 * language's); the data check already requires each translated field to spell them from it.
 */
async function untranslatedWords(page: Page, allowed: readonly string[]): Promise<string[]> {
  return page.evaluate((allowedWords) => {
    const skip = 'script, style, noscript, code, pre, svg, [data-language-links]';
    const found = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest(skip)) continue;
      if (parent.closest('[lang]')?.getAttribute('lang')?.startsWith('en')) continue;
      let text = (node.textContent ?? '').replace(/“[^”]*”|«[^»]*»|"[^"]*"/g, ' ');
      for (const name of allowedWords) text = text.split(name).join(' ');
      for (const token of text.split(/\s+/)) {
        // Addresses and file names (claims.csv, https://…) are not words.
        if (/[./:@=]/.test(token)) continue;
        const word = token.replace(/^[^A-Za-z]+|[^A-Za-z]+$/g, '');
        if (/^[A-Za-z][A-Za-z’'-]{2,}$/.test(word)) found.add(word);
      }
    }
    return [...found];
  }, allowed);
}

for (const locale of translatedLocales) {
  const { tag, englishName } = localeInfo[locale];
  // Names such as IntelliNews that the language writes in Latin letters.
  const { glossary: spellings } = briefing.dataset.translations[locale];
  const glossary = [...Object.keys(spellings), ...Object.values(spellings).flat()];
  const allowed = [...glossary, ...KEPT_AS_IS].sort((a, b) => b.length - a.length);

  test.describe(`${englishName}: every page, without JavaScript`, () => {
    test.use({ javaScriptEnabled: false });
    for (const { path } of translatedPages(locale)) {
      test(`${path} shows its charts and tables, and has no untranslated word`, async ({
        page,
      }) => {
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('lang', tag);
        // Each chart drawn (one of its baked sizes shows), each table with its rows.
        for (const figure of await page.locator('.chart-figure').all()) {
          await expect(
            figure.locator('.chart-variant svg[role="img"]').filter({ visible: true }).first(),
          ).toBeVisible();
        }
        for (const table of await page.locator('table').filter({ visible: true }).all()) {
          await expect(table.locator('tbody tr').first()).toBeVisible();
        }
        expect(await untranslatedWords(page, allowed)).toEqual([]);
      });
    }
  });

  // Their weight is measured with the English ones' in embeds.spec.ts.
  test(`${englishName}: each embed is in the language`, async ({ page }) => {
    for (const slug of chartSlugs) {
      const path = localePath(`/embed/${slug}`, locale);
      const response = await page.request.get(path);
      expect(response.status(), path).toBe(200);
      const html = await response.text();
      expect(html, path).toContain(`<html lang="${tag}"`);
      expect(html, path).toContain(briefing.chart(slug, locale).title);
    }
  });

  test(`${englishName}: the chart images are in the language`, async ({ page }) => {
    const slug = chartSlugs[0]!;
    const svg = await page.request.get(localePath(`/images/${slug}.svg`, locale));
    expect(svg.status()).toBe(200);
    expect(await svg.text()).toContain(briefing.chart(slug, locale).title);
    const png = await page.request.get(localePath(`/images/${slug}.png`, locale));
    expect(png.headers()['content-type']).toBe('image/png');
  });
}

test('the language links keep the reader on the same page and view, query and all', async ({
  page,
}) => {
  // Each link is pointed at this page once the page's script has run; then it is followed.
  const follow = async (navigation: string, language: string, href: string) => {
    const link = page
      .getByRole('navigation', { name: navigation })
      .getByRole('link', { name: language });
    await expect(link).toHaveAttribute('href', href);
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${href.replace(/[?]/g, '\\?')}$`));
  };
  await page.goto('/claims?topic=energy');
  await follow('Languages', 'বাংলা', '/bn/claims?topic=energy');
  await expect(page.locator('html')).toHaveAttribute('lang', 'bn-BD');
  await follow('ভাষা', 'Русский', '/ru/claims?topic=energy');
  await follow('Языки', 'English', '/claims?topic=energy');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
});

test('each language names every other as an alternate, English as the default', async ({
  page,
}) => {
  for (const locale of builtLocales) {
    await page.goto(localePath('/charts/recruits', locale));
    const alternates = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) =>
        links.map(
          (link) =>
            `${link.getAttribute('hreflang')} ${new URL(link.getAttribute('href')!).pathname}`,
        ),
      );
    expect(alternates.sort()).toEqual(
      [
        'bn-BD /bn/charts/recruits',
        'en-GB /charts/recruits',
        'ru-RU /ru/charts/recruits',
        'x-default /charts/recruits',
      ].sort(),
    );
    await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute(
      'content',
      localeInfo[locale].openGraph,
    );
  }
});
