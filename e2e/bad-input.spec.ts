import { readdirSync } from 'node:fs';
import { expect, test } from './reused-page';
import { rawRequest } from './raw-http';

/** Runs against `next start` and against the static export under nginx. */
const NOT_FOUND_PAGE = '<h1>Page not found</h1>';
const SCRIPT = '<script>alert(document.domain)</script>';

test.describe('unknown and hostile addresses get the 404 page, never a 500', () => {
  for (const path of [
    '/charts/no-such-chart',
    '/claims/no-such-claim',
    '/embed/no-such-chart',
    '/data/no-such-file.csv',
    '/images/no-such.png',
    '/oembed/no-such.json',
    '/charts/../../etc/passwd',
    '/../../../../etc/passwd',
    '/data/..%2f..%2fpackage.json',
    '/embed/..%2F..%2Fpackage.json',
    '/images/%2e%2e/%2e%2e/package.json',
    '/_next/../package.json',
    '/charts/%ff',
    '/%00',
    `/charts/${encodeURIComponent(SCRIPT)}`,
  ]) {
    test(path, async ({ baseURL }) => {
      const response = await rawRequest(baseURL!, 'GET', path);
      expect(response.status).toBe(404);
      expect(response.body).toContain(NOT_FOUND_PAGE);
      expect(response.body).not.toContain(SCRIPT);
      expect(response.body).not.toContain('"name": "bd-ru-briefing"');
    });
  }
});

test.describe('long and script-laden query strings are ignored', () => {
  for (const path of [
    `/?q=${'x'.repeat(4000)}`,
    `/events?q=${encodeURIComponent(SCRIPT)}&topic=${encodeURIComponent(SCRIPT)}&sort=${'z'.repeat(2000)}`,
    `/charts/recruits?tab=${encodeURIComponent(SCRIPT)}`,
    `/embed/recruits?theme=${encodeURIComponent(SCRIPT)}`,
    `/data/claims.csv?${encodeURIComponent(SCRIPT)}`,
  ]) {
    test(path.slice(0, 60), async ({ baseURL }) => {
      const response = await rawRequest(baseURL!, 'GET', path);
      expect(response.status).toBe(200);
      expect(response.body).not.toContain(SCRIPT);
      expect(response.body).not.toContain('x'.repeat(100));
    });
  }
});

test.describe('only GET and HEAD', () => {
  for (const path of ['/', '/charts/recruits', '/data/claims.csv', '/embed/recruits', '/events']) {
    test(`HEAD ${path} answers like GET, without a body`, async ({ baseURL }) => {
      const [head, get] = await Promise.all([
        rawRequest(baseURL!, 'HEAD', path),
        rawRequest(baseURL!, 'GET', path),
      ]);
      expect(head.status).toBe(200);
      expect(head.body).toBe('');
      expect(head.headers['content-type']).toBe(get.headers['content-type']);
      expect(head.headers['content-security-policy']).toBe(get.headers['content-security-policy']);
    });

    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
      test(`${method} ${path} answers 405 with the method page`, async ({ baseURL }) => {
        const response = await rawRequest(
          baseURL!,
          method,
          path,
          method === 'POST' ? 'a=1' : undefined,
        );
        expect(response.status).toBe(405);
        expect(response.headers['allow']).toBe('GET, HEAD');
        expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
        expect(response.body).toContain('<h1>Method not allowed</h1>');
        expect(response.headers['x-content-type-options']).toBe('nosniff');
      });
    }
  }
});

test.describe('odd requests get a 4xx page or the file, never a 500 (next start: server.mjs)', () => {
  const chunk = () => {
    const file = readdirSync('.next/static/chunks').find((name) => name.endsWith('.js'));
    return `/_next/static/chunks/${file}`;
  };

  test('TRACE, on any address, is a method this site does not answer', async ({ baseURL }) => {
    for (const path of ['/', '/charts/recruits', '/embed/recruits', '/data/claims.csv']) {
      const response = await rawRequest(baseURL!, 'TRACE', path);
      expect(response.status, path).toBe(405);
      expect(response.body).toContain('<h1>Method not allowed</h1>');
    }
  });

  test('OPTIONS * gets a 4xx page with the security headers', async ({ baseURL }) => {
    const response = await rawRequest(baseURL!, 'OPTIONS', '*');
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  test('a bad or unsatisfiable Range gets the whole file', async ({ baseURL }) => {
    for (const path of ['/embed.js', chunk()]) {
      for (const range of ['bytes=abc', 'bytes=99999999-', 'bytes=5-2']) {
        const response = await rawRequest(baseURL!, 'GET', path, undefined, { Range: range });
        expect(response.status, `${path} ${range}`).toBe(200);
      }
    }
  });

  test('a failed precondition is refused or ignored, not an error', async ({ baseURL }) => {
    for (const path of ['/embed.js', chunk()]) {
      for (const headers of <Record<string, string>[]>[
        { 'If-Match': '"nope"' },
        { 'If-Unmodified-Since': 'Mon, 01 Jan 1990 00:00:00 GMT' },
        { 'If-Unmodified-Since': 'garbage' },
      ]) {
        const response = await rawRequest(baseURL!, 'GET', path, undefined, headers);
        expect([200, 412], `${path} ${JSON.stringify(headers)}`).toContain(response.status);
      }
    }
  });

  test('an absolute request target never sends the reader to the host it names', async ({
    baseURL,
  }) => {
    for (const target of ['http://evil.example/charts/', 'http://evil.example/charts']) {
      const response = await rawRequest(baseURL!, 'GET', target);
      expect(response.status, target).toBeLessThan(500);
      expect(String(response.headers['location'] ?? '')).not.toContain('evil.example');
    }
  });

  test('a target that is not a valid URL gets an answer, and the server keeps answering', async ({
    baseURL,
  }) => {
    // `//[` once threw in server.mjs (new URL of a protocol-relative target) and killed the process.
    for (const target of ['//[', '//%', '//evil.example/x', '/%', '/?%']) {
      const response = await rawRequest(baseURL!, 'GET', target);
      expect(response.status, target).toBeLessThan(500);
      expect(String(response.headers['location'] ?? ''), target).not.toMatch(/^(\/\/|https?:)/);
    }
    expect((await rawRequest(baseURL!, 'GET', '/')).status).toBe(200);
  });

  test('an address or a header too long to read gets a 4xx page with the site’s headers', async ({
    baseURL,
  }) => {
    for (const [path, headers] of <[string, Record<string, string>][]>[
      [`/charts/${'a'.repeat(9000)}`, {}],
      [`/charts/${'a'.repeat(20000)}`, {}],
      ['/', { 'X-Long': 'a'.repeat(20000) }],
    ]) {
      const response = await rawRequest(baseURL!, 'GET', path, undefined, headers);
      const label = `${path.length} characters, ${JSON.stringify(headers).length} of headers`;
      expect(response.status, label).toBeGreaterThanOrEqual(400);
      expect(response.status, label).toBeLessThan(500);
      expect(response.headers['x-content-type-options'], label).toBe('nosniff');
      expect(response.headers['content-security-policy'], label).toContain(
        "frame-ancestors 'none'",
      );
      expect(response.body, label).toContain('Page not found');
    }
  });

  test('Next’s image optimizer is not there', async ({ baseURL }) => {
    const response = await rawRequest(baseURL!, 'GET', '/_next/image?url=%2Ficon.svg&w=64&q=75');
    expect(response.status).toBe(404);
  });
});
