import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { GET as getEmbed, generateStaticParams as embedParams } from '@/app/embed/[slug]/route';
import { briefing } from '../model/current';
import { embedCsp, headerRules, nextHeaders, scriptHash, siteCsp } from '../security/headers.js';
import { embedIframe, oembedHtml } from './embed-code';
import { embedTarget, estimateEmbedHeight } from './embed-height';
import { EMBED_SCRIPT } from './embed-script.js';

const chartSlugs = briefing.charts().map((chart) => chart.slug);

const embed = (slug: string) =>
  getEmbed(new Request(`http://localhost/embed/${slug}`), { params: Promise.resolve({ slug }) });

describe('/embed/[slug]', () => {
  it('is prerendered for every chart', () => {
    expect(embedParams().map((p) => p.slug)).toEqual([...chartSlugs]);
  });

  it.each(chartSlugs)(
    '%s is one HTML document with the chart, well under 25 KB gzipped',
    async (slug) => {
      const response = await embed(slug);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const html = await response.text();
      expect(html).toMatch(/<svg[^>]*role="img"/);
      expect(html).toContain(`href="/charts/${slug}"`);
      expect(html).toContain(`/data/chart-${slug}.csv`);
      expect(html).toContain('Source');
      // Nothing to fetch: no external scripts, styles, fonts or images.
      expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+rel="stylesheet"|@font-face|<img /);
      expect(gzipSync(html).length).toBeLessThan(25 * 1024);
    },
  );

  it('carries exactly one script, the one its Content-Security-Policy allows by hash', async () => {
    const html = await (await embed('recruits')).text();
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    expect(scripts).toEqual([EMBED_SCRIPT]);
    expect(embedCsp).toContain(`script-src ${scriptHash(EMBED_SCRIPT)}`);
    // Checked against: printf x | openssl dgst -sha256 -binary | base64
    expect(scriptHash('x')).toBe("'sha256-LXEWQrcmsEQBYnyp+6wy9chTD7GQPMTbAiWHF5IaSIE='");
  });

  it('answers 404 for an unknown chart', async () => {
    expect((await embed('nope')).status).toBe(404);
  });
});

describe('headers', () => {
  it('let any site frame embeds and no site frame anything else', () => {
    const [site, embeds] = headerRules;
    expect(site?.source).toBe('/((?!(?:(?:bn|ru)/)?embed/).*)');
    expect(site?.headers['X-Frame-Options']).toBe('DENY');
    expect(siteCsp).toContain("frame-ancestors 'none'");
    expect(embeds?.source).toBe('/:locale(bn|ru)?/embed/:slug*');
    expect(embeds?.headers).not.toHaveProperty('X-Frame-Options');
    expect(embedCsp).toContain('frame-ancestors *');
    for (const rule of [site, embeds]) {
      expect(rule?.headers).toMatchObject({
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'strict-origin-when-cross-origin',
      });
      expect(rule?.headers['Permissions-Policy']).toContain('camera=()');
    }
  });

  it('under next start, frame only the charts’ embeds, not a 404 under /embed/', () => {
    const [site, embeds] = nextHeaders(['recruits', 'work-permits']);
    expect(site?.source).toBe('/((?!(?:(?:bn|ru)/)?embed/(?:recruits|work-permits)$).*)');
    expect(embeds?.source).toBe('/:locale(bn|ru)?/embed/:slug(recruits|work-permits)');
    const siteRegex = new RegExp(`^${site!.source.replace(/^\//, '/')}$`);
    expect(siteRegex.test('/embed/nope')).toBe(true);
    expect(siteRegex.test('/embed/recruits')).toBe(false);
    expect(siteRegex.test('/embed/recruits.gz')).toBe(true);
    expect(siteRegex.test('/bn/embed/recruits')).toBe(false);
    expect(siteRegex.test('/ru/embed/nope')).toBe(true);
    expect(siteRegex.test('/bn/charts/recruits')).toBe(true);
  });

  it('let any origin read the public files, and nothing else', () => {
    const cors = headerRules.filter((rule) => 'Access-Control-Allow-Origin' in rule.headers);
    expect(cors.map((rule) => rule.source)).toEqual([
      '/data/:file([a-z0-9.-]+\\.(?:csv|json|xlsx))',
      '/:locale(bn|ru)?/oembed/:file([a-z0-9-]+\\.json)',
      '/oembed',
      '/:locale(bn|ru)?/images/:file([a-z0-9-]+\\.(?:svg|png))',
      '/:locale(bn|ru)?/feed.xml',
    ]);
    expect(cors.every((rule) => rule.headers['Access-Control-Allow-Origin'] === '*')).toBe(true);
  });
});

describe('embed code', () => {
  it('is a titled, full-width, lazily loaded iframe of the embed, at the origin it is given', () => {
    const code = embedIframe(
      embedTarget(briefing.chart('recruits'), 'en'),
      'https://briefing.example',
    );
    expect(code).toMatch(
      /^<iframe src="https:\/\/briefing\.example\/embed\/recruits" title="Bangladeshis recruited by Russia’s military" width="100%" height="\d+" style="[^"]*" loading="lazy"><\/iframe>$/,
    );
    expect(code).toContain(`height="${estimateEmbedHeight(briefing.chart('recruits'), 'en')}"`);
  });

  it('the host script that resizes embeds is under 1 KB', () => {
    expect(readFileSync('public/embed.js').length).toBeLessThan(1024);
  });
});

describe('oEmbed html', () => {
  it('is a link in a blockquote, then the iframe: the markup WordPress keeps and sizes', () => {
    const target = embedTarget(briefing.chart('recruits'), 'en');
    const html = oembedHtml(target, 'https://briefing.example');
    expect(html).toBe(
      `<blockquote class="wp-embedded-content" style="display:none"><a href="https://briefing.example/charts/recruits">${target.title}</a></blockquote>${embedIframe(target, 'https://briefing.example')}`,
    );
  });
});
