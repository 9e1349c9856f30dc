import { expect, test } from './reused-page';
import { rawRequest } from './raw-http';
import { pages } from './site-map';

/**
 * What a server may send before it waits for the browser's first acknowledgement: TCP's initial
 * congestion window, 10 segments of 1460 bytes (RFC 6928), which Lighthouse's simulated
 * throttling models too. A page that fits, headers included, arrives in one round trip; one
 * byte more costs a second (on Lighthouse's mobile network, 150 ms of LCP).
 */
const FIRST_ROUND_TRIP = 10 * 1460;

/**
 * What Chromium asks for. Counted as HTTP/1.1 sends it on loopback (rawRequest's wireBytes): not
 * chunk framing (a few bytes a chunk), nor what HTTPS adds in production (the HSTS header, TLS
 * record headers), tens of bytes in all.
 */
const BROWSER_ENCODINGS = 'gzip, deflate, br, zstd';

// The English pages, the ones the bench measures among them (bench/run.ts), from `npm start`
// and from the export under nginx (the "next" and "export" projects). Translated pages
// are larger (Bangla takes three bytes a letter, and quotes keep their English beside the
// translation); the heaviest of them need two round trips.
test.describe('every English page arrives in one round trip', () => {
  for (const path of pages) {
    test(path, async ({ baseURL }) => {
      const response = await rawRequest(baseURL!, 'GET', path, undefined, {
        'Accept-Encoding': BROWSER_ENCODINGS,
      });
      expect(response.status).toBe(200);
      expect(response.headers['content-encoding']).toBe('br');
      expect(response.wireBytes).toBeLessThanOrEqual(FIRST_ROUND_TRIP);
    });
  }
});
