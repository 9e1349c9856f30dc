import { request as httpRequest } from 'node:http';
import { expect, test } from '@playwright/test';
import { pages } from './site-map';

/**
 * What a server may send before it waits for the browser's first acknowledgement: TCP's initial
 * congestion window, 10 segments of 1460 bytes (RFC 6928), which Lighthouse's simulated
 * throttling models too. A page that fits, headers included, arrives in one round trip; one
 * byte more costs a second (on Lighthouse's mobile network, 150 ms of LCP).
 */
const FIRST_ROUND_TRIP = 10 * 1460;

/** What Chromium asks for. */
const BROWSER_ENCODINGS = 'gzip, deflate, br, zstd';

/**
 * The bytes of a response as they cross the network: status line, headers and encoded body, as
 * HTTP/1.1 sends them on loopback. Not counted: chunk framing (a few bytes a chunk) and what
 * HTTPS adds in production (the HSTS header, TLS record headers), tens of bytes in all.
 */
function bytesOnTheWire(baseURL: string, path: string) {
  const { hostname, port } = new URL(baseURL);
  return new Promise<{ bytes: number; encoding: string | undefined; status: number }>(
    (resolve, reject) => {
      const request = httpRequest(
        { host: hostname, port, path, headers: { 'Accept-Encoding': BROWSER_ENCODINGS } },
        (response) => {
          const statusLine = `HTTP/1.1 ${response.statusCode} ${response.statusMessage}\r\n`;
          let head = statusLine.length + 2;
          for (let i = 0; i < response.rawHeaders.length; i += 2) {
            head += Buffer.byteLength(
              `${response.rawHeaders[i]}: ${response.rawHeaders[i + 1]}\r\n`,
            );
          }
          let body = 0;
          response.on('data', (chunk: Buffer) => (body += chunk.length));
          response.on('end', () =>
            resolve({
              bytes: head + body,
              encoding: response.headers['content-encoding'],
              status: response.statusCode ?? 0,
            }),
          );
        },
      );
      request.on('error', reject);
      request.end();
    },
  );
}

// The English pages, the ones the bench measures among them (bench/run.ts), from `npm start`
// and from the export under nginx (the "next" and "export" projects). Translated pages
// are larger (Bangla takes three bytes a letter, and quotes keep their English beside the
// translation); the heaviest of them need two round trips.
test.describe('every English page arrives in one round trip', () => {
  for (const path of pages) {
    test(path, async ({ baseURL }) => {
      const response = await bytesOnTheWire(baseURL!, path);
      expect(response.status).toBe(200);
      expect(response.encoding).toBe('br');
      expect(response.bytes).toBeLessThanOrEqual(FIRST_ROUND_TRIP);
    });
  }
});
