// A page's scripts, requested only once the page has painted.
// Next puts its chunks in <head> as async scripts (with a preload for one). On a loopback they
// arrive before the first paint of a page with real content, and Chromium runs them first;
// Lighthouse then counts every one of them in the page's largest paint: about 1.8 s against
// 0.9 s when the same page paints first (measured, docs/performance.md). Nothing on a page needs
// them to be read (every page is complete HTML; the islands wait for a reader to act), so one
// inline script at the end of <body> requests them once the page has painted instead. The
// site's own deferred scripts (public/language-links.js) go the same way: one that ran before
// the paint was counted too. Applied to
// the built pages by scripts/finish-build.ts (next start) and scripts/finish-export.ts (out/);
// server.mjs and the export hash the inline scripts of the result. Plain JavaScript for both.

const CHUNK = /^\/_next\/static\/chunks\/[\w.~-]+\.js$/;
const SCRIPT_TAG = /<script src="([^"]+)" (?:async|defer)=""><\/script>/g;
/** The site's own scripts, from public/: any same-origin path but Next's. */
const OWN = /^\/(?!_next\/)[\w./-]+\.js$/;
const PRELOAD_TAG = /<link rel="preload" as="script"[^>]* href="([^"]+)"\/>/g;
const LOADER_START = '<script>/* scripts after paint */';
/** The global through which the loader hands the buttons clicked before the islands were ready. */
export const EARLY_CLICKS = '__earlyClicks';
const LOADER = /<script>\/\* scripts after paint \*\/var c=(\[[^\]]*\]);/;

/**
 * The page with Next's async chunk scripts (and their preloads) and its own deferred scripts
 * replaced by one inline loader at the end of <body>, which adds them, in their order, once the
 * page has painted (none of them depends on another's order: Next's chunks register themselves). A page without
 * such scripts, or already rewritten, comes back unchanged.
 * @param {string} html
 * @returns {string}
 */
export function deferPageScripts(html) {
  if (html.includes(LOADER_START)) return html;
  /** @type {string[]} */
  const chunks = [];
  let rewritten = html.replace(SCRIPT_TAG, (tag, src) => {
    if (!CHUNK.test(src) && !(OWN.test(src) && tag.includes(' defer=""'))) return tag;
    if (!chunks.includes(src)) chunks.push(src);
    return '';
  });
  if (chunks.length === 0) return html;
  rewritten = rewritten.replace(PRELOAD_TAG, (tag, href) => (CHUNK.test(href) ? '' : tag));
  // Once the browser reports the first paint (buffered: it may already have happened); where
  // paint timing is missing, just after the first frame.
  // Meanwhile a script-only button (type="button": it does nothing without a script) that is
  // clicked is noted, for the islands to click again once they are ready
  // (components/islands/page-islands.tsx): a reader's first click is not lost.
  const loader =
    `${LOADER_START}var c=${JSON.stringify(chunks)};` +
    'var b=[];function k(e){var t=e.target&&e.target.closest&&e.target.closest(\'button[type="button"]\');if(t)b.push(t)}' +
    `document.addEventListener("click",k,true);self.${EARLY_CLICKS}=function(){document.removeEventListener("click",k,true);return b};` +
    'function go(){if(c){c.forEach(function(s){var e=document.createElement("script");e.src=s;e.async=true;document.head.appendChild(e)});c=null}}' +
    'var t=typeof PerformanceObserver=="function"&&PerformanceObserver.supportedEntryTypes||[];' +
    'if(t.indexOf("paint")>-1)new PerformanceObserver(go).observe({type:"paint",buffered:true});' +
    'else requestAnimationFrame(function(){setTimeout(go)})</script>';
  const end = rewritten.lastIndexOf('</body>');
  return end === -1
    ? rewritten + loader
    : `${rewritten.slice(0, end)}${loader}${rewritten.slice(end)}`;
}

/**
 * Every script a page loads from its own origin: from its loader, and any tag of Next's left in
 * place.
 * @param {string} html
 * @returns {string[]}
 */
export function pageScripts(html) {
  const listed = LOADER.exec(html);
  const fromLoader = listed ? /** @type {string[]} */ (JSON.parse(listed[1] ?? '[]')) : [];
  const fromTags = [...html.matchAll(/<script src="(\/_next\/[^"]+\.js)"/g)].map((m) => m[1] ?? '');
  return [...new Set([...fromLoader, ...fromTags])];
}
