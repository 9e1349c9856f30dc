import { afterEach, describe, expect, it, vi } from 'vitest';
import { messages } from './i18n/messages';
import { siteName } from './site';

/**
 * A build publishes only the origin it is told (SITE_URL), and without one
 * publishes none: no "localhost:3000" for a server on another host or port.
 * Each case imports the modules afresh, as a build with that environment would.
 */
async function load(siteUrl: string | undefined) {
  vi.resetModules();
  if (siteUrl === undefined) vi.stubEnv('SITE_URL', '');
  else vi.stubEnv('SITE_URL', siteUrl);
  const [sitemap, robots, oembed, files, layout, chartPage, home] = await Promise.all([
    import('@/app/sitemap'),
    import('@/app/robots'),
    import('@/app/oembed/[file]/route'),
    import('@/lib/downloads/files'),
    import('@/app/[locale]/layout'),
    import('@/app/[locale]/charts/[slug]/page'),
    import('@/app/[locale]/page'),
  ]);
  const { briefing } = await import('@/lib/model/current');
  const layoutMetadata = await layout.generateMetadata({
    params: Promise.resolve({ locale: 'en' }),
  });
  const chartMetadata = await chartPage.generateMetadata({
    params: Promise.resolve({ locale: 'en', slug: 'recruits' }),
  });
  const homeMetadata = await home.generateMetadata({ params: Promise.resolve({ locale: 'en' }) });
  const oembedResponse = await oembed.GET(new Request('http://x/oembed/recruits.json'), {
    params: Promise.resolve({ file: 'recruits.json' }),
  });
  const dataFiles = [...files.dataFiles(briefing).values()].map((file) => file.body).join('\n');
  return {
    sitemap: sitemap.default(),
    robots: robots.default(),
    oembedParams: oembed.generateStaticParams(),
    oembedResponse,
    dataFiles,
    metadata: JSON.stringify([layoutMetadata, chartMetadata, homeMetadata]),
  };
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe('without SITE_URL', () => {
  it('publishes no origin: relative links where allowed, absolute-only features left out', async () => {
    const site = await load(undefined);
    expect(site.sitemap).toEqual([]);
    expect(site.robots).not.toHaveProperty('sitemap');
    expect(site.oembedParams).toEqual([]);
    expect(site.oembedResponse.status).toBe(404);
    // The inline icon's SVG names its namespace, which is no address to fetch.
    expect(site.metadata.replaceAll(/data:image\/svg\+xml,[^"]*/g, '')).not.toMatch(/https?:/);
    expect(site.dataFiles).toContain('"url": "/claims/work-permits-2024"');
    expect(site.dataFiles).not.toMatch(/localhost|https?:\/\/(?!datapackage\.org\/profiles\/)/);
  });
});

describe('with SITE_URL', () => {
  it('names that origin in the sitemap, robots.txt, oEmbed, metadata and downloads', async () => {
    const site = await load('https://briefing.example/');
    expect(site.sitemap.map((entry) => entry.url)).toContain(
      'https://briefing.example/charts/recruits',
    );
    expect(site.robots.sitemap).toBe('https://briefing.example/sitemap.xml');
    expect(site.oembedParams).toContainEqual({ file: 'recruits.json' });
    const body = (await site.oembedResponse.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      version: '1.0',
      type: 'rich',
      width: 640,
      provider_url: 'https://briefing.example/',
      thumbnail_url: 'https://briefing.example/images/recruits.png',
    });
    expect(String(body.html)).toContain('src="https://briefing.example/embed/recruits"');
    expect(site.metadata).toContain('https://briefing.example/charts/recruits');
    expect(site.metadata).toContain('https://briefing.example/oembed/recruits.json');
    expect(site.dataFiles).toContain('"url": "https://briefing.example/claims/work-permits-2024"');
    for (const text of [site.metadata, site.dataFiles, JSON.stringify(site.sitemap)]) {
      expect(text).not.toContain('localhost');
    }
  });
});

describe('the site’s name', () => {
  // Written twice until feeds, downloads and images read messages: this keeps the two equal.
  it('is the English messages’ name', () => {
    expect(siteName).toBe(messages.en.Site.name);
  });
});
