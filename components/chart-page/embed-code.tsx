import { CopyText } from '@/components/site/copy-text';
import { embedIframe, hostScriptTag, type EmbedTarget } from '@/lib/embed/embed-code';

/** The copy button's words, in the page's language. */
interface CopyWords {
  label: string;
  copied: string;
  failed: string;
}

/**
 * The origin embed codes name: the site's public origin when the build knows
 * it (SITE_URL). Without it the HTML has relative addresses, and the browser
 * writes in the origin the page was loaded from, which is by definition a
 * host that serves it (components/islands/embed-codes.ts, from the target in
 * a data attribute).
 */
const browserOrigin = (target: EmbedTarget | null, siteUrl: string | null) =>
  siteUrl === null ? { 'data-embed-code': target ? JSON.stringify(target) : 'script' } : undefined;

export function EmbedCode({
  target,
  siteUrl,
  ...words
}: { target: EmbedTarget; siteUrl: string | null } & CopyWords) {
  return (
    <CopyText
      text={embedIframe(target, siteUrl ?? '')}
      {...words}
      code
      embed={browserOrigin(target, siteUrl)}
    />
  );
}

export function HostScriptCode({ siteUrl, ...words }: { siteUrl: string | null } & CopyWords) {
  return (
    <CopyText
      text={hostScriptTag(siteUrl ?? '')}
      {...words}
      code
      embed={browserOrigin(null, siteUrl)}
    />
  );
}
