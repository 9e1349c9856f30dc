import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from '@/lib/i18n/routing';
import { ALLOWED_METHODS, methodNotAllowedHtml } from '@/lib/http/method-not-allowed';
import { oembedQuery, UNSUPPORTED_FORMAT_TEXT } from '@/lib/http/oembed-query';
import { headerRules } from '@/lib/security/headers.js';

/**
 * A guard in front of the prerendered site; it renders nothing.
 * - Any method but GET and HEAD gets 405 and the method-not-allowed page:
 *   Next would otherwise serve a prerendered file to a POST or DELETE, and
 *   treat a POST to a page as a possible Server Action.
 * - An address with a malformed percent-escape (/charts/%ff) or an escaped
 *   control character (/%00) gets the 404 page: Next would otherwise fail to
 *   decode it and answer 500, or route it as a language's page.
 * - /oembed?url=… (oEmbed's query form) gets the chart's prerendered answer.
 * - /_next/image, Next's image optimizer, is not found: nothing uses it, and a
 *   live endpoint that fetches and resizes on request is work for anyone to ask.
 * - A page's address is read for its language (lib/i18n/routing.ts): an
 *   English page has none (/charts is the file app/[locale] builds for en).
 */
const pageHeaders = headerRules[0]?.headers ?? {};
const localeRouting = createMiddleware(routing);

/**
 * Addresses that are files in every language rather than pages in one: app/'s routes outside
 * [locale], and any name with an extension (public/embed.js, /feed.xml): no page id has a dot.
 */
const UNLOCALISED =
  /^\/(?:_next|data|embed|fonts|images|oembed|_malformed-address)(?:\/|$)|\.[^/]*$/;

/** A path that decodes, to no control character (/%00 would otherwise reach a page). */
function isReadableAddress(pathname: string): boolean {
  try {
    return !/[\u0000-\u001f\u007f]/.test(decodeURIComponent(pathname));
  } catch {
    return false;
  }
}

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
  if (!isReadableAddress(request.nextUrl.pathname)) {
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
  if (UNLOCALISED.test(request.nextUrl.pathname)) return NextResponse.next();
  return localeRouting(request);
}

export const config = { matcher: '/:path*' };
