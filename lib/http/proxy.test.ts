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

  it.each(['GET', 'HEAD'])('lets %s through', (method) => {
    expect(call(method, '/charts/recruits').headers.get('x-middleware-next')).toBe('1');
  });

  it('sends a malformed address to the 404 page', () => {
    const response = call('GET', '/charts/%ff');
    expect(response.headers.get('x-middleware-rewrite')).toBe(
      'http://localhost/_malformed-address',
    );
  });

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
