import { describe, expect, it } from 'vitest';
import { inlineScriptHashes } from '@/lib/security/page-scripts.js';
import { deferPageScripts, pageScripts } from './deferred-scripts.js';

// Next 16's markup as it prints it (attribute order and all), cut down to what matters.
const page = [
  '<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/boot.js"/>',
  '<script src="/_next/static/chunks/a.js" async=""></script>',
  '<script src="/_next/static/chunks/turbopack-b.js" async=""></script>',
  '<script src="/language-links.js" defer=""></script>',
  '<script src="/_next/static/chunks/poly.js" noModule=""></script>',
  '</head><body><main><p class="lede">Text</p></main>',
  '<script src="/_next/static/chunks/a.js" async=""></script>',
  '<script>self.__next_f.push([1,"x"])</script>',
  '<script src="/_next/static/chunks/boot.js" async=""></script>',
  '</body></html>',
].join('');

describe('deferPageScripts', () => {
  const deferred = deferPageScripts(page);

  it('takes every Next chunk and the site’s own deferred scripts out of the markup, preload included', () => {
    expect(deferred).not.toMatch(/<script src="\/_next\/static\/chunks\/[^"]+" async/);
    expect(deferred).not.toContain('<script src="/language-links.js"');
    expect(deferred).not.toContain('rel="preload"');
  });

  it('lists them once each, in their order, in one inline script at the end of <body>', () => {
    expect(pageScripts(deferred)).toEqual([
      '/_next/static/chunks/a.js',
      '/_next/static/chunks/turbopack-b.js',
      '/language-links.js',
      '/_next/static/chunks/boot.js',
      // Never fetched by a browser that runs modules; left as Next wrote it.
      '/_next/static/chunks/poly.js',
    ]);
    // Requested once the browser reports the first paint.
    expect(deferred).toMatch(
      /\.observe\(\{type:"paint",buffered:true\}\)[^<]*<\/script><\/body><\/html>$/,
    );
  });

  it('leaves the RSC payload and other origins’ scripts alone', () => {
    const elsewhere = '<script src="https://elsewhere.example/x.js" defer=""></script>';
    expect(deferPageScripts(page.replace('</head>', `${elsewhere}</head>`))).toContain(elsewhere);
    expect(deferred).toContain('<script>self.__next_f.push([1,"x"])</script>');
    expect(deferred).toContain('noModule=""');
  });

  it('gives the loader a hash the page’s policy then allows', () => {
    expect(inlineScriptHashes(deferred)).toHaveLength(inlineScriptHashes(page).length + 1);
  });

  it('changes nothing twice, nor a page without Next’s chunks', () => {
    expect(deferPageScripts(deferred)).toBe(deferred);
    const embed = '<!DOCTYPE html><html><body><script>x()</script></body></html>';
    expect(deferPageScripts(embed)).toBe(embed);
  });
});
