/**
 * Completes out/ after `next build` with output: 'export', for any static
 * host or CDN: the _headers file (Netlify, Cloudflare Pages) with the same
 * security headers and content types as `next start`, the page for methods
 * other than GET and HEAD (405.html, used by deploy/nginx/site.conf), the
 * addresses that lead elsewhere (lib/redirects.ts: _redirects for Netlify and Cloudflare
 * Pages; a redirecting page for every other host, where Next's export leaves
 * a page that only redirects with JavaScript), and a gzip and a Brotli copy of
 * every text file, compressed once, for hosts that serve precompressed files (nginx
 * gzip_static and brotli_static). Each page's Content-Security-Policy allows its own
 * inline scripts by hash: in _headers, and in _page-csp.conf for nginx's http block.
 */
import {
  existsSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import path from 'node:path';
import { DEFAULT_LOCALE } from '@/lib/i18n/default-locale.js';
import { readCompiledBriefing } from '@/lib/model/compiled';
import { siteRedirects } from '@/lib/redirects';
import { methodNotAllowedHtml } from '@/lib/http/method-not-allowed';
import { movedPageHtml } from '@/lib/http/moved-page';
import { inlineScriptHashes } from '@/lib/security/page-scripts.js';
import { deferScriptsIn } from '@/lib/http/defer-pages';
import { brotliOptions, precompressedSuffixes } from '@/lib/http/compression.js';
import {
  exportEntries,
  netlifyHeaders,
  nginxPagePolicies,
  type ExportedPage,
} from '@/lib/security/static-hosts';

const OUT = path.resolve(process.env.EXPORT_DIR ?? 'out');

// The default language's pages are built under its code (app/[locale]) and served at the root,
// as `next start` serves them (proxy.ts): out/en.html is out/index.html, out/en/charts.html is
// out/charts.html. Its RSC payload files (en.txt, en/__next.*) move with them.
function liftDefaultLocale() {
  const folder = path.join(OUT, DEFAULT_LOCALE);
  for (const name of readdirSync(OUT)) {
    if (!name.startsWith(`${DEFAULT_LOCALE}.`)) continue;
    const target = path.join(OUT, `index${name.slice(DEFAULT_LOCALE.length)}`);
    if (existsSync(target)) throw new Error(`${target} exists: cannot lift ${name}`);
    renameSync(path.join(OUT, name), target);
  }
  if (!existsSync(folder)) return;
  for (const name of readdirSync(folder)) {
    const target = path.join(OUT, name);
    if (existsSync(target))
      throw new Error(`${target} exists: cannot lift ${DEFAULT_LOCALE}/${name}`);
    renameSync(path.join(folder, name), target);
  }
  rmdirSync(folder);
}
liftDefaultLocale();

const moves = siteRedirects(readCompiledBriefing());
for (const move of moves)
  writeFileSync(path.join(OUT, `${move.from}.html`), movedPageHtml(move.to));
writeFileSync(
  path.join(OUT, '_redirects'),
  `# Written by npm run export from lib/redirects.ts.\n${moves.map((m) => `${m.from} ${m.to} 301`).join('\n')}\n`,
);

const isPrecompressed = (name: string) =>
  precompressedSuffixes.some((suffix) => name.endsWith(suffix));

/** Text files worth compressing; embeds have no extension. */
const compressible = /\.(html|css|js|json|csv|svg|xml|txt)$/;
function precompress(directory: string): number {
  let count = 0;
  for (const name of readdirSync(directory)) {
    const file = path.join(directory, name);
    if (statSync(file).isDirectory()) {
      count += precompress(file);
    } else if (
      !isPrecompressed(name) &&
      (compressible.test(name) || path.basename(directory) === 'embed')
    ) {
      const body = readFileSync(file);
      writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
      writeFileSync(`${file}.br`, brotliCompressSync(body, brotliOptions));
      count += 1;
    }
  }
  return count;
}

writeFileSync(path.join(OUT, '405.html'), methodNotAllowedHtml());
// Next's scripts after each page's first paint, as `next start` serves them.
deferScriptsIn(OUT);
const compressed = precompress(OUT);

/** Every HTML page in out/ (embeds have no extension and a policy of their own). */
function exportedPages(directory: string): ExportedPage[] {
  return readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => ({
      file: file.split(path.sep).join('/'),
      scriptHashes: inlineScriptHashes(readFileSync(path.join(directory, file), 'utf8')),
    }));
}

// Headers last, from the final listing of out/.
const pages = exportedPages(OUT);
// The compressed copies are no addresses of their own: a host serves them for the file beside them.
const topLevel = exportEntries((directory) =>
  readdirSync(path.join(OUT, directory))
    .filter((name) => !isPrecompressed(name))
    .map((name) => ({
      path: name,
      directory: statSync(path.join(OUT, directory, name)).isDirectory(),
    })),
);
const dataFiles = readdirSync(path.join(OUT, 'data'))
  .filter((name) => !isPrecompressed(name))
  .sort();
const headersFile = netlifyHeaders(topLevel, dataFiles, pages);
writeFileSync(path.join(OUT, '_headers'), headersFile);
const headerRules = headersFile.split('\n').filter((line) => line.startsWith('/')).length;
// Cloudflare Pages documents a limit of 100 _headers rules; Netlify documents none.
if (headerRules > 100)
  console.warn(
    `_headers has ${headerRules} rules (one per page address and data file): Netlify reads them all, Cloudflare Pages only its first 100.`,
  );
writeFileSync(path.join(OUT, '_page-csp.conf'), nginxPagePolicies(pages));
console.log(
  `${path.relative(process.cwd(), OUT)}/ is ready for a static host: ${topLevel.length} top-level entries, ${pages.length} pages, _headers, _page-csp.conf, 405.html and gzip and Brotli copies of ${compressed} files.`,
);
