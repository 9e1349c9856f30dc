import { readdirSync } from 'node:fs';
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { proxy } from '@/proxy';

const call = (method: string, path: string) =>
  proxy(
    new NextRequest(new URL(path, 'http://localhost'), {
      method,
      body: method === 'POST' ? 'a=1' : undefined,
    }),
  );

describe('proxy', () => {
  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])(
    'answers %s with 405 and the method page',
    async (method) => {
      const response = call(method, '/data/claims.csv');
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('GET, HEAD');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(await response.text()).toContain('<h1>Method not allowed</h1>');
    },
  );

  it.each(['GET', 'HEAD'])('lets %s of a file through', (method) => {
    expect(call(method, '/data/claims.csv').headers.get('x-middleware-next')).toBe('1');
  });

  it.each([
    ['/', '/en'],
    ['/charts/recruits', '/en/charts/recruits'],
    ['/no-such-page', '/en/no-such-page'],
  ])('serves the English page at %s from its build under en/', (path, built) => {
    const response = call('GET', path);
    expect(response.headers.get('x-middleware-rewrite')).toBe(`http://localhost${built}`);
    // No cookie and no Vary on Accept-Language: the address alone decides the language.
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('sends an address with the default language’s code to the address without it', () => {
    const response = call('GET', '/en/charts/recruits');
    expect(response.status).toBeGreaterThanOrEqual(300);
    expect(response.status).toBeLessThan(400);
    expect(response.headers.get('location')).toBe('http://localhost/charts/recruits');
  });

  it.each(['/embed.js', '/feed.xml', '/robots.txt', '/sitemap.xml', '/icon.svg'])(
    'serves the file %s as it is, in no language',
    (path) => {
      expect(call('GET', path).headers.get('x-middleware-next')).toBe('1');
    },
  );

  it('keeps every file route of app/ out of the language routing', () => {
    const routes = readdirSync('app', { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith('['))
      .map((entry) => entry.name);
    expect(routes.length).toBeGreaterThan(0);
    for (const route of routes) {
      // A route named like a file (feed.xml) is that file; a folder (data) holds files.
      const address = route.includes('.') ? `/${route}` : `/${route}/x`;
      expect(call('GET', address).headers.get('x-middleware-next'), route).toBe('1');
    }
  });

  it.each(['/charts/%ff', '/%00', '/claims/%0a'])(
    'sends the malformed address %s to the 404 page',
    (path) => {
      const response = call('GET', path);
      expect(response.headers.get('x-middleware-rewrite')).toBe(
        'http://localhost/_malformed-address',
      );
    },
  );

  it.each([
    ['http://127.0.0.1:3107/charts/recruits', '/oembed/recruits.json'],
    ['https://briefing.example/embed/work-permits', '/oembed/work-permits.json'],
    ['https://briefing.example/sources/x', '/oembed/not-found'],
    ['', '/oembed/not-found'],
  ])('answers the oEmbed query for %j from %s', (url, file) => {
    const query = new URLSearchParams({ url, maxwidth: '390', format: 'json' });
    const response = call('GET', `/oembed?${query.toString()}`);
    expect(response.headers.get('x-middleware-rewrite')).toBe(`http://localhost${file}`);
  });

  it('answers an oEmbed format other than JSON with 501, as oEmbed says', async () => {
    const response = call(
      'GET',
      '/oembed?url=https%3A%2F%2Fx.example%2Fcharts%2Frecruits&format=xml',
    );
    expect(response.status).toBe(501);
    expect(await response.text()).toContain('JSON only');
  });
});
