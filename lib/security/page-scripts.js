// The inline scripts of a built page, as Content-Security-Policy hash sources.
// Next's prerendered pages carry inline scripts (the RSC payload, the chunk loader) that are
// fixed once the page is built, so each page's policy can allow exactly its own scripts by hash
// instead of 'unsafe-inline'. Read by server.mjs (next start) and scripts/finish-export.ts
// (the static hosts' files), so plain JavaScript.
import { parse } from 'parse5';
import { scriptHash } from './headers.js';

/** Types a browser runs; any other type (application/ld+json…) is a data block, never run. */
const RUN_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module']);

/**
 * The hash source of every inline script the browser would run, in document order.
 * Parsed as a browser parses (parse5 follows the HTML standard), so each hash is over the
 * script's text exactly as the browser hashes it.
 * @param {string} html
 * @returns {string[]}
 */
export function inlineScriptHashes(html) {
  const hashes = [];
  /** @param {any} node */
  const visit = (node) => {
    if (node.nodeName === 'script') {
      const attributes = new Map(node.attrs.map((a) => [a.name, a.value]));
      const type = (attributes.get('type') ?? '').trim().toLowerCase();
      if (!attributes.has('src') && RUN_TYPES.has(type)) {
        const text = node.childNodes.map((child) => child.value ?? '').join('');
        hashes.push(scriptHash(text));
      }
    }
    for (const child of node.childNodes ?? []) visit(child);
    if (node.content) visit(node.content);
  };
  visit(parse(html));
  return [...new Set(hashes)];
}
