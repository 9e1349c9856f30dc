import { NextResponse, type NextRequest } from 'next/server';
import { ALLOWED_METHODS, methodNotAllowedHtml } from '@/lib/http/method-not-allowed';
import { oembedQuery, UNSUPPORTED_FORMAT_TEXT } from '@/lib/http/oembed-query';
import { headerRules } from '@/lib/security/headers.js';

/**
 * A guard in front of the prerendered site; it renders nothing.
 * - Any method but GET and HEAD gets 405 and the method-not-allowed page:
 *   Next would otherwise serve a prerendered file to a POST or DELETE, and
 *   treat a POST to a page as a possible Server Action.
 * - An address with a malformed percent-escape (/charts/%ff) gets the 404
 *   page: Next would otherwise fail to decode it and answer 500.
 * - /oembed?url=… (oEmbed's query form) gets the chart's prerendered answer.
 * - /_next/image, Next's image optimizer, is not found: nothing uses it, and a
 *   live endpoint that fetches and resizes on request is work for anyone to ask.
 */
const pageHeaders = headerRules[0]?.headers ?? {};

export function proxy(request: NextRequest) {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new NextResponse(methodNotAllowedHtml(), {
      status: 405,
      headers: {
        ...pageHeaders,
        Allow: ALLOWED_METHODS,
        'Content-Type': 'text/html; charset=utf-8',
      },
    });
  }
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    // An address that cannot exist: Next's own 404 page answers it.
    return NextResponse.rewrite(new URL('/_malformed-address', request.url));
  }
  if (request.nextUrl.pathname === '/_next/image') {
    return NextResponse.rewrite(new URL('/_malformed-address', request.url));
  }
  if (request.nextUrl.pathname === '/oembed') {
    const query = oembedQuery(request.nextUrl.searchParams);
    if (query.kind === 'unsupported-format') {
      return new NextResponse(UNSUPPORTED_FORMAT_TEXT, {
        status: 501,
        headers: { ...pageHeaders, 'Content-Type': 'text/plain; charset=utf-8' },
      });
    }
    const target = new URL(query.kind === 'chart' ? query.file : '/oembed/not-found', request.url);
    target.search = '';
    return NextResponse.rewrite(target);
  }
  return NextResponse.next();
}

export const config = { matcher: '/:path*' };
