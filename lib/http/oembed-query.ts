import { LOCALE_PREFIX_PATTERN } from '../i18n/default-locale.js';

/**
 * oEmbed's query form (oembed.com §2.2): /oembed?url=<address>&format=json.
 * The answer for a chart is prerendered at /oembed/<chart>.json; this maps a
 * query to that file. deploy/nginx/site.conf does the same with a regular
 * expression, so both servers agree (e2e/wordpress.spec.ts asks both).
 * Only the address's path counts: a chart's page or its embed.
 */
const CHART_ADDRESS = new RegExp(
  `^https?://[^/?#]+/(${LOCALE_PREFIX_PATTERN})?(?:charts|embed)/([a-z0-9-]+)/?$`,
);

export type OembedQuery =
  | { kind: 'chart'; file: string }
  /** oEmbed answers a format it does not offer with 501 (§2.3.2). */
  | { kind: 'unsupported-format' }
  | { kind: 'not-found' };

export function oembedQuery(params: URLSearchParams): OembedQuery {
  const format = params.get('format');
  if (format !== null && format !== '' && format !== 'json') return { kind: 'unsupported-format' };
  const match = CHART_ADDRESS.exec(params.get('url') ?? '');
  const [, prefix = '', slug] = match ?? [];
  // A Bangla chart's address answers with the Bangla response: /bn/oembed/<chart>.json.
  return slug ? { kind: 'chart', file: `/${prefix}oembed/${slug}.json` } : { kind: 'not-found' };
}

export const UNSUPPORTED_FORMAT_TEXT = 'This oEmbed endpoint answers in JSON only: format=json.\n';
