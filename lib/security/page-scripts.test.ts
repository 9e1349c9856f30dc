import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes } from './page-scripts.js';

const sha = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('inlineScriptHashes', () => {
  it('hashes the inline scripts a browser runs, and no data block or external script', () => {
    const html =
      '<!doctype html><html><head><script>self.a=1</script>' +
      '<script type="application/ld+json">{"@type":"Dataset"}</script>' +
      '<script src="/_next/static/x.js"></script></head>' +
      '<body><script type="module">import "/y.js"</script><script>self.a=1</script></body></html>';
    expect(inlineScriptHashes(html)).toEqual([sha('self.a=1'), sha('import "/y.js"')]);
  });

  it('hashes the text as the browser reads it: entities stay as written, CRLF becomes LF', () => {
    const html = '<script>a="&amp;";\r\nb=1</script>';
    expect(inlineScriptHashes(html)).toEqual([sha('a="&amp;";\nb=1')]);
  });

  it('finds none in a page without scripts', () => {
    expect(inlineScriptHashes('<!doctype html><title>x</title><p>text')).toEqual([]);
  });
});
