import { embedIframe, hostScriptTag, type EmbedTarget } from '@/lib/embed/embed-code';
import { claim } from './live-root';

/**
 * Copy buttons (components/site/copy-text.tsx): each copies the text it describes and says in
 * its status line, in the page's language, whether that worked.
 */
export function enhanceCopyButtons(root: ParentNode) {
  for (const box of root.querySelectorAll<HTMLElement>('[data-copy-text]')) {
    if (!claim(box, 'copy')) continue;
    const button = box.querySelector('button');
    const status = box.querySelector('[role=status]');
    const value = document.getElementById(button?.getAttribute('aria-describedby') ?? '');
    button?.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(value?.textContent ?? '');
        if (status) status.textContent = box.dataset.copied ?? '';
      } catch {
        if (status) status.textContent = box.dataset.failed ?? '';
      }
    });
  }
}

/**
 * Embed codes of a build that does not know its public address (no SITE_URL): they name the
 * origin this page was loaded from, a host that serves the site by definition
 * (components/chart-page/embed-code.tsx).
 */
export function enhanceEmbedCodes(root: ParentNode) {
  for (const code of root.querySelectorAll<HTMLElement>('[data-embed-code]')) {
    const kind = code.dataset.embedCode ?? '';
    const origin = window.location.origin;
    code.textContent =
      kind === 'script'
        ? hostScriptTag(origin)
        : embedIframe(JSON.parse(kind) as EmbedTarget, origin);
  }
}
