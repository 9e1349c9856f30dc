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
// Responses are compressed here (Next's compression is gzip only): Brotli for a browser that
// takes it (lib/http/compression.js), else gzip or deflate.
// It also gives each built page a Content-Security-Policy that allows its own inline scripts by
// hash (lib/security/page-scripts.js): next.config.js's headers() are fixed before the pages
// are built, so they send the policy without any, which is what every other response keeps.
// Usage: node server.mjs [-p PORT] [-H HOST]; PORT and HOSTNAME in the environment also work.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createServer, STATUS_CODES } from 'node:http';
import { parseArgs } from 'node:util';
import compression from 'compression';
import next from 'next';
import { headerRules, siteCsp, sitePolicy } from './lib/security/headers.js';
import { brotliOptions } from './lib/http/compression.js';
import { pageAddress } from './lib/http/page-address.js';
import { inlineScriptHashes } from './lib/security/page-scripts.js';

const { values } = parseArgs({
  options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } },
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname ?? process.env.HOSTNAME ?? '0.0.0.0';

const METHOD_PAGE = readFileSync('generated/405.html', 'utf8');
const PAGE_HEADERS = headerRules[0]?.headers ?? {};
const DROPPED_HEADERS = ['range', 'if-range', 'if-match', 'if-unmodified-since'];

/** The prerendered pages `next start` serves as they are, by address: /charts/recruits → its file. */
const BUILT_PAGES = path.join('.next', 'server', 'app');
const NOT_FOUND = '/_not-found';
const SERVER_ERROR = '/_global-error';
const builtPages = new Map(
  readdirSync(BUILT_PAGES, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => [pageAddress(file.split(path.sep).join('/')), path.join(BUILT_PAGES, file)]),
);
/** Each built page's policy, read from its file when it is first served; no page, no hashes. */
const pagePolicies = new Map();
function pagePolicy(route) {
  const file = builtPages.get(route);
  if (!file) return siteCsp;
  let policy = pagePolicies.get(route);
  if (policy === undefined) {
    policy = sitePolicy(inlineScriptHashes(readFileSync(file, 'utf8')));
    pagePolicies.set(route, policy);
  }
  return policy;
}
/** The page a response carries: the error page for an error, else the one at the address. */
function servedPage(status, route) {
  if (status === 404) return NOT_FOUND;
  if (status >= 500) return SERVER_ERROR;
  return route;
}
/** The path of a request target, decoded, or null when it does not decode; never throws. */
function decodedPath(target) {
  const pathname = target.split('?')[0] ?? '/';
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

// Next builds the URL a proxy (middleware) sees on 'localhost' whatever the server listens on, and
// takes a rewrite to another origin than its own for an external one, which it proxies: name the
// same origin to both, or every rewrite of proxy.ts would go out and come back in.
const app = next({ dev: false, hostname: 'localhost', port });
const handle = app.getRequestHandler();
await app.prepare();

const compress = compression({ brotli: brotliOptions });

/** The not-found page's HTML, read once, for requests Node cannot read. */
let notFoundPage;
/** Node's own statuses for what its parser refuses (node:_http_server, onParserExecuteCommon). */
const UNREADABLE_STATUS = { HPE_HEADER_OVERFLOW: 431, ERR_HTTP_REQUEST_TIMEOUT: 408 };

/**
 * A request Node cannot read (a header or address beyond its 16 KB, a malformed request line, a
 * request too slow to arrive) never reaches Next: answer it as nginx does, with the not-found page
 * and the site's headers, instead of Node's bare status line. As Node's own handler, only while
 * no response on the connection has begun.
 */
function refuseUnreadable(error, socket) {
  if (!socket.writable || error.code === 'ECONNRESET' || socket._httpMessage?._headerSent) {
    socket.destroy();
    return;
  }
  const status = UNREADABLE_STATUS[error.code] ?? 400;
  notFoundPage ??= readFileSync(builtPages.get(NOT_FOUND) ?? 'generated/405.html');
  const headers = {
    ...PAGE_HEADERS,
    'Content-Security-Policy': pagePolicy(NOT_FOUND),
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': String(notFoundPage.length),
    Connection: 'close',
  };
  const head = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`);
  socket.end(
    Buffer.concat([
      Buffer.from(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${head.join('')}\r\n`),
      notFoundPage,
    ]),
  );
}

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
  // A path that does not decode (/%, /charts/%ff) is no address: Next would fail to decode it
  // as the [locale] segment and answer 500. proxy.ts answers the same way for `next start`.
  if (decodedPath(request.url) === null) request.url = '/_malformed-address';
  for (const name of DROPPED_HEADERS) delete request.headers[name];
  // Next sets its headers before the status line goes out (Node calls writeHead then, if Next
  // does not), so the page's policy replaces the one without hashes here. A 304 has no
  // Content-Type (Next checks the ETag first), yet browsers keep its policy for the cached page.
  const route = decodedPath(request.url);
  const writeHead = response.writeHead;
  response.writeHead = function (status, ...rest) {
    const type = String(this.getHeader('content-type') ?? '');
    const isPage = type.startsWith('text/html') || status === 304;
    if (isPage && this.getHeader('content-security-policy') === siteCsp) {
      this.setHeader('Content-Security-Policy', pagePolicy(servedPage(status, route)));
    }
    // Next's ETag names the uncompressed body; the compressed ones are other bytes, so it is a
    // weak validator for them (as nginx marks it), and Next still answers W/"…" with a 304.
    const etag = this.getHeader('etag');
    if (this.getHeader('content-encoding') && typeof etag === 'string' && !etag.startsWith('W/')) {
      this.setHeader('ETag', `W/${etag}`);
    }
    return writeHead.call(this, status, ...rest);
  };
  compress(request, response, () => void handle(request, response));
})
  .on('clientError', refuseUnreadable)
  .listen(port, hostname, () => {
    console.log(`bd-ru-briefing on http://${hostname}:${port}`);
  });
