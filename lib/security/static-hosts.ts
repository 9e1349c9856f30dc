import { headerRules, publicFileHeaders } from './headers.js';

/**
 * The same headers as `next start`, for static hosts: a `_headers` file
 * (Netlify, Cloudflare Pages) and nginx snippets. Both are written from
 * lib/security/headers.js, the one definition.
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
  /** Path inside out/, e.g. "charts", "charts.html", "data/claims.csv". */
  path: string;
  directory: boolean;
}

/**
 * `_headers` for an exported site. Netlify and Cloudflare Pages both merge the
 * headers of every rule a path matches, so no two rules here set the same
 * header for one path: a catch-all `/*` would give embeds a second
 * Content-Security-Policy with frame-ancestors 'none'. Rules are written
 * per top-level entry of out/ instead, with files' types in rules of their own.
 */
export function netlifyHeaders(
  topLevel: readonly ExportEntry[],
  dataFiles: readonly string[],
): string {
  const rules: string[] = [block('/embed/*', { ...embedRule.headers, 'Content-Type': HTML_TYPE })];
  const sitePaths = new Set<string>();
  for (const entry of topLevel) {
    if (entry.path === 'embed' || entry.path === '_headers') continue;
    if (entry.directory) {
      sitePaths.add(`/${entry.path}/*`);
    } else {
      sitePaths.add(`/${entry.path}`);
      // Pages are served at their pretty URL: /charts for charts.html, / for index.html.
      if (entry.path === 'index.html') sitePaths.add('/');
      else if (entry.path.endsWith('.html'))
        sitePaths.add(`/${entry.path.slice(0, -'.html'.length)}`);
    }
  }
  for (const path of [...sitePaths].sort()) rules.push(block(path, siteRule.headers));
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
  rules.push(block('/oembed/*.json', { 'Content-Type': JSON_TYPE, ...publicFileHeaders }));
  rules.push(block('/images/*', publicFileHeaders));
  rules.push(
    block('/feed.xml', {
      'Content-Type': 'application/atom+xml; charset=utf-8',
      ...publicFileHeaders,
    }),
  );
  return `# Written by npm run export from lib/security/headers.js: edit that, not this.\n${rules.join('\n\n')}\n`;
}

/** nginx `add_header` lines for one header set; `always` so error responses carry them too. */
export function nginxHeaders(which: 'site' | 'embed' | 'public-files'): string {
  const headers =
    which === 'site'
      ? siteRule.headers
      : which === 'embed'
        ? embedRule.headers
        : { ...siteRule.headers, ...publicFileHeaders };
  const lines = Object.entries(headers).map(
    ([name, value]) => `add_header ${name} "${value.replaceAll('"', '\\"')}" always;`,
  );
  return `# Written by npm run headers:nginx from lib/security/headers.js: edit that, not this.\n${lines.join('\n')}\n`;
}
