'use client';

import { useSyncExternalStore } from 'react';
import { CopyText } from '@/components/site/copy-text';
import { embedIframe, hostScriptTag, type EmbedTarget } from '@/lib/embed/embed-code';

const subscribeToNothing = () => () => {};

/**
 * The origin embed codes name: the site's public origin when the build knows
 * it (SITE_URL), else the one this page was loaded from, which is by
 * definition a host that serves it. Before hydration (and without
 * JavaScript) a build without SITE_URL shows relative addresses.
 */
function useEmbedOrigin(siteUrl: string | null): string {
  const browserOrigin = useSyncExternalStore(
    subscribeToNothing,
    () => window.location.origin,
    () => '',
  );
  return siteUrl ?? browserOrigin;
}

/** The copy button's words, in the page's language. */
interface CopyWords {
  label: string;
  copied: string;
  failed: string;
}

export function EmbedCode({
  target,
  siteUrl,
  ...words
}: { target: EmbedTarget; siteUrl: string | null } & CopyWords) {
  const origin = useEmbedOrigin(siteUrl);
  return <CopyText text={embedIframe(target, origin)} {...words} code />;
}

export function HostScriptCode({ siteUrl, ...words }: { siteUrl: string | null } & CopyWords) {
  const origin = useEmbedOrigin(siteUrl);
  return <CopyText text={hostScriptTag(origin)} {...words} code />;
}
