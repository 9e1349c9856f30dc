import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { dataFiles } from '@/lib/downloads/files';
import { builtLocales } from '@/lib/i18n/locales';
import { briefing } from '@/lib/model/current';
import { sitePages } from '@/lib/site-pages';
import { pageBodies } from './page-bodies';

describe('the baked pages', () => {
  it.each(builtLocales)('are every page of the site, in %s', (locale) => {
    expect(
      pageBodies(briefing, locale)
        .map((page) => page.address)
        .sort(),
    ).toEqual(sitePages(briefing).sort());
  });

  it.each(builtLocales)(
    'in %s, name only live charts and table listings that /data/ serves, and parse',
    (locale) => {
      const files = dataFiles(briefing);
      const referenced = new Set<string>();
      for (const { body } of pageBodies(briefing, locale)) {
        const html = renderToStaticMarkup(body());
        for (const [, href] of html.matchAll(/data-(?:listing|live-model)="([^"]+)"/g)) {
          referenced.add(href ?? '');
        }
      }
      // Every chart of the language (its live model) and the tables' listings (claims, events,
      // the home page's latest events).
      expect(referenced.size).toBeGreaterThanOrEqual(briefing.charts(locale).length + 3);
      for (const href of referenced) {
        const file = files.get(href.replace(/^\/data\//, ''));
        expect(file, href).toBeDefined();
        expect(() => JSON.parse(file!.body), href).not.toThrow();
      }
    },
  );
});
