import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * "Every number on every page comes from data/ through the formatter": no
 * component or page may print a numeral of its own. This scans the text
 * between JSX tags and the string literals that components render for
 * digits. Numbers in code (sizes, indexes) are not text and are not matched.
 */
function files(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const full = path.join(directory, name);
    if (statSync(full).isDirectory()) return files(full);
    return /\.tsx$/.test(name) && !/\.test\.tsx$/.test(name) ? [full] : [];
  });
}

const jsxText = />([^<>{}]*\d[^<>{}]*)</g;

describe('components and pages print no figures of their own', () => {
  it.each([...files('app'), ...files('components')])('%s', (file) => {
    const source = readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '');
    const found = [...source.matchAll(jsxText)]
      .map((match) => match[1]?.trim() ?? '')
      // `=>` and comparisons in code between angle brackets are not JSX text.
      .filter((text) => text && !/[=;()]/.test(text));
    expect(found).toEqual([]);
  });
});
