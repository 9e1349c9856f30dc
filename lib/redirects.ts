import { claimHref } from './links';
import type { Briefing } from './model/briefing';

/**
 * Addresses that lead elsewhere: a renamed claim's old page, and page 1 of a
 * paginated listing, which is the listing itself. `next start` answers them
 * with 308; an export gets _redirects (Netlify, Cloudflare Pages) and a page
 * that refreshes to the new address for every other host (finish-export).
 */
export function siteRedirects(briefing: Briefing): { from: string; to: string }[] {
  return [
    ...briefing.corrections
      .flatMap((correction) => correction.renamed)
      .filter((rename) => rename.kind === 'claim')
      .map((rename) => ({ from: claimHref(rename.from), to: claimHref(rename.to) })),
    ...['/events', '/claims', '/sources'].map((base) => ({ from: `${base}/page/1`, to: base })),
  ];
}
