// The production server (`npm start`): Next's request handler, behind a guard for requests that
// `next start` answers with 500, so that every one gets a 4xx page or is served:
// - methods other than GET and HEAD get 405 and the method page here: Next cannot even parse
//   TRACE (a method fetch forbids), and proxy.ts answers the others the same way;
// - a request target that is not a path: `OPTIONS *` is a method question (405 above), and an
//   absolute URL (GET http://other.example/x) is read as its path, as nginx does, instead of
//   letting Next redirect to the host it names;
// - Range, If-Range, If-Match and If-Unmodified-Since are dropped: Next's static file server
//   throws on a bad or unsatisfiable one; every file is small, so the whole file is served, as
//   nginx does with `max_ranges 0` (RFC 9110 lets a server ignore Range; without them the
//   preconditions are not evaluated, so the file is served rather than refused).
// Usage: node server.mjs [-p PORT] [-H HOST]; PORT and HOSTNAME in the environment also work.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import next from 'next';
import { headerRules } from './lib/security/headers.js';

const { values } = parseArgs({
  options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } },
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname ?? process.env.HOSTNAME ?? '0.0.0.0';

const METHOD_PAGE = readFileSync('generated/405.html', 'utf8');
const PAGE_HEADERS = headerRules[0]?.headers ?? {};
const DROPPED_HEADERS = ['range', 'if-range', 'if-match', 'if-unmodified-since'];

const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

createServer((request, response) => {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, {
      ...PAGE_HEADERS,
      Allow: 'GET, HEAD',
      'Content-Type': 'text/html; charset=utf-8',
    });
    response.end(METHOD_PAGE);
    return;
  }
  const target = request.url ?? '/';
  if (!target.startsWith('/')) {
    try {
      const url = new URL(target);
      request.url = `${url.pathname}${url.search}`;
    } catch {
      request.url = '/_malformed-address';
    }
  }
  for (const name of DROPPED_HEADERS) delete request.headers[name];
  void handle(request, response);
}).listen(port, hostname, () => {
  console.log(`bd-ru-briefing on http://${hostname}:${port}`);
});
