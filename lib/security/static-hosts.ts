import { pageAddress } from '../http/page-address.js';
import { PREFIXED_LOCALES } from '../i18n/default-locale.js';
import {
  headerRules,
  publicFileHeaders,
  siteCsp,
  sitePolicy,
  strictTransportSecurity,
} from './headers.js';

/**
 * The same headers as `next start`, for static hosts: a `_headers` file
 * (Netlify, Cloudflare Pages) and nginx snippets. Both are written from
 * lib/security/headers.js, the one definition; each page's policy adds the
 * hashes of its own inline scripts (lib/security/page-scripts.js).
 */

function ruleAt(index: number) {
  const rule = headerRules[index];
  if (!rule)
    throw new Error('lib/security/headers.js must define the site rule, then the embed rule');
  return rule;
}
const siteRule = ruleAt(0);
const embedRule = ruleAt(1);

const CSV_TYPE = 'text/csv; charset=utf-8; header=present';
const JSON_TYPE = 'application/json; charset=utf-8';
const HTML_TYPE = 'text/html; charset=utf-8';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function block(path: string, headers: Record<string, string>): string {
  return [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join(
    '\n',
  );
}

export interface ExportEntry {
  /** Path inside out/, e.g. "charts", "charts.html", "bn/charts.html". */
  path: string;
  directory: boolean;
}

/** Entries of out/ that are no address: the embeds have a rule of their own, the rest are rule files. */
const HOST_FILES = new Set(['embed', '_headers', '_redirects', '_page-csp.conf']);

/** Where each language's files are: the root (English) and /bn/, /ru/. */
const languageRoots = ['', ...PREFIXED_LOCALES.map((locale) => `/${locale}`)];

/**
 * The entries that get rules: out/'s own, but a language's folder (out/bn/) by its entries
 * (bn/charts.html, bn/embed…), so that its embeds are not under a rule that forbids framing.
 */
export function exportEntries(
  list: (directory: string) => ExportEntry[],
  prefixed: readonly string[] = PREFIXED_LOCALES,
): ExportEntry[] {
  return list('').flatMap((entry) =>
    entry.directory && prefixed.includes(entry.path)
      ? list(entry.path).map((child) => ({ ...child, path: `${entry.path}/${child.path}` }))
      : [entry],
  );
}

export interface ExportedPage {
  /** The page's file inside out/, e.g. "charts/recruits.html", "index.html", "404.html". */
  file: string;
  /** Hash sources of its inline scripts. */
  scriptHashes: readonly string[];
}

/** The addresses a page's file is served at: its own (/charts/recruits) and the file's. */
function pageAddresses(file: string): string[] {
  return [pageAddress(file), `/${file}`];
}

/**
 * `_headers` for an exported site. Netlify and Cloudflare Pages both merge the
 * headers of every rule a path matches, so no two rules here set the same
 * header for one path: the headers every response carries come from `/*`;
 * X-Frame-Options from a rule per top-level entry of out/ but the embeds; the
 * Content-Security-Policy from a rule per page (with its scripts' hashes), from
 * `/embed/*`, or, for entries that hold no page, from their own rule.
 * Limits: an unknown address gets the 404 page without a policy (nginx and next start give
 * it one); and a rule per page address and data file is more than the 100 rules Cloudflare
 * Pages reads (scripts/finish-export.ts warns with the count).
 */
export function netlifyHeaders(
  topLevel: readonly ExportEntry[],
  dataFiles: readonly string[],
  pages: readonly ExportedPage[],
): string {
  const frameOptions = siteRule.headers['X-Frame-Options']!;
  const everywhere = Object.fromEntries(
    Object.entries(siteRule.headers).filter(
      ([name]) => name !== 'Content-Security-Policy' && name !== 'X-Frame-Options',
    ),
  );
  const rules: string[] = [
    block('/*', everywhere),
    ...languageRoots.map((root) =>
      block(`${root}/embed/*`, {
        'Content-Security-Policy': embedRule.headers['Content-Security-Policy']!,
        'Content-Type': HTML_TYPE,
      }),
    ),
  ];
  const hasPages = (entry: ExportEntry) =>
    entry.directory ? pages.some((page) => page.file.startsWith(`${entry.path}/`)) : false;
  const entryRules = new Map<string, Record<string, string>>();
  for (const entry of topLevel) {
    if (HOST_FILES.has(entry.path.split('/').at(-1) ?? '')) continue;
    if (entry.path.endsWith('.html')) {
      for (const address of pageAddresses(entry.path))
        entryRules.set(address, { 'X-Frame-Options': frameOptions });
    } else if (entry.directory) {
      entryRules.set(`/${entry.path}/*`, {
        'X-Frame-Options': frameOptions,
        ...(hasPages(entry) ? {} : { 'Content-Security-Policy': siteCsp }),
      });
    } else {
      entryRules.set(`/${entry.path}`, {
        'X-Frame-Options': frameOptions,
        'Content-Security-Policy': siteCsp,
      });
    }
  }
  for (const page of pages) {
    for (const address of pageAddresses(page.file)) {
      entryRules.set(address, {
        ...entryRules.get(address),
        'Content-Security-Policy': sitePolicy(page.scriptHashes),
      });
    }
  }
  for (const [path, headers] of [...entryRules].sort(([a], [b]) => a.localeCompare(b)))
    rules.push(block(path, headers));
  for (const file of dataFiles) {
    rules.push(
      block(`/data/${file}`, {
        'Content-Type': file.endsWith('.csv')
          ? CSV_TYPE
          : file.endsWith('.xlsx')
            ? XLSX_TYPE
            : JSON_TYPE,
        'Content-Disposition': `attachment; filename="bd-ru-${file}"`,
        ...publicFileHeaders,
      }),
    );
  }
  for (const root of languageRoots) {
    rules.push(block(`${root}/oembed/*.json`, { 'Content-Type': JSON_TYPE, ...publicFileHeaders }));
    rules.push(block(`${root}/images/*`, publicFileHeaders));
    rules.push(
      block(`${root}/feed.xml`, {
        'Content-Type': 'application/atom+xml; charset=utf-8',
        ...publicFileHeaders,
      }),
    );
  }
  return `# Written by npm run export from lib/security/headers.js: edit that, not this.\n${rules.join('\n\n')}\n`;
}

const quoted = (value: string) => `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;

/**
 * The nginx file written beside the export (out/_page-csp.conf), for the http block: each
 * page's policy by its file's path, in $page_csp, which security-headers-site.conf sends.
 * Keyed by file because nginx's $uri is the file by the time headers go out: try_files sets it
 * to the file it found (/charts/recruits.html), error_page to the error page's (/404.html).
 */
export function nginxPagePolicies(pages: readonly ExportedPage[]): string {
  const entries = pages.map(
    (page) => `  ${quoted(`/${page.file}`)} ${quoted(sitePolicy(page.scriptHashes))};`,
  );
  const longest = Math.max(64, ...pages.map((page) => page.file.length + 1 + 32));
  return [
    '# Written by npm run export (scripts/finish-export.ts) from the built pages: include it in',
    "# nginx's http block before any map (it sizes their tables) and the server with site.conf.",
    // A key longer than the bucket, or more keys than the table, stop nginx from starting.
    `map_hash_bucket_size ${2 ** Math.ceil(Math.log2(longest))};`,
    `map_hash_max_size ${Math.max(2048, 2 ** Math.ceil(Math.log2(entries.length * 2)))};`,
    'map $uri $page_csp {',
    `  default ${quoted(siteCsp)};`,
    ...entries,
    '}',
    '',
  ].join('\n');
}

/**
 * nginx `add_header` lines for one header set; `always` so error responses carry them too.
 * Pages take their policy from $page_csp (nginxPagePolicies), and every set sends HSTS over
 * HTTPS only, from $strict_transport_security (nginxHttpContext).
 */
export function nginxHeaders(which: 'site' | 'embed' | 'public-files'): string {
  const headers =
    which === 'site'
      ? siteRule.headers
      : which === 'embed'
        ? embedRule.headers
        : { ...siteRule.headers, ...publicFileHeaders };
  const lines = Object.entries(headers).map(([name, value]) =>
    which === 'site' && name === 'Content-Security-Policy'
      ? `add_header ${name} $page_csp always;`
      : `add_header ${name} ${quoted(value)} always;`,
  );
  lines.push('add_header Strict-Transport-Security $strict_transport_security always;');
  return `# Written by npm run headers:nginx from lib/security/headers.js: edit that, not this.\n${lines.join('\n')}\n`;
}

/** deploy/nginx/http.conf, for the http block: HSTS on responses sent over HTTPS, none over HTTP. */
export function nginxHttpContext(): string {
  return [
    '# Written by npm run headers:nginx from lib/security/headers.js: edit that, not this.',
    '# Include it in the http block. An empty value sends no header (add_header).',
    'map $https $strict_transport_security {',
    `  on ${quoted(strictTransportSecurity)};`,
    '  default "";',
    '}',
    '',
  ].join('\n');
}
