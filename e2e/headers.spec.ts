import { expect, test } from './reused-page';
import { rawRequest } from './raw-http';

/**
 * The security headers `next start` sends, in the "next" project only: the "export" project
 * checks that nginx sends the same ones for every page and file (export.spec.ts), and a real
 * browser's refusal to frame a page is tested in embeds.spec.ts on both servers.
 */
test.describe('headers', () => {
  for (const path of [
    '/',
    '/charts/recruits',
    '/events',
    '/data/claims.csv',
    '/images/recruits.png',
    '/sitemap.xml',
  ]) {
    test(`${path} may not be framed and carries the security headers`, async ({ request }) => {
      const headers = (await request.get(path)).headers();
      expect(headers['x-frame-options']).toBe('DENY');
      expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(headers['permissions-policy']).toContain('camera=()');
    });
  }

  test('/embed/recruits may be framed by any site', async ({ request }) => {
    const headers = (await request.get('/embed/recruits')).headers();
    expect(headers['x-frame-options']).toBeUndefined();
    expect(headers['content-security-policy']).toContain('frame-ancestors *');
    expect(headers['content-security-policy']).toContain("default-src 'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
  });

  test('CSV files download as CSV attachments', async ({ request }) => {
    const headers = (await request.get('/data/events.csv')).headers();
    expect(headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
    expect(headers['content-disposition']).toBe('attachment; filename="bd-ru-events.csv"');
  });

  test('a compressed page has a weak ETag, and revalidates with it', async ({ baseURL }) => {
    const brotli = { 'Accept-Encoding': 'br' };
    const page = await rawRequest(baseURL!, 'GET', '/', undefined, brotli);
    expect(page.headers['content-encoding']).toBe('br');
    const etag = String(page.headers['etag']);
    expect(etag).toMatch(/^W\/"/);
    const plain = await rawRequest(baseURL!, 'GET', '/');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['etag']).toBe(etag.slice(2));
    const again = await rawRequest(baseURL!, 'GET', '/', undefined, {
      ...brotli,
      'If-None-Match': etag,
    });
    expect(again.status).toBe(304);
  });
});
