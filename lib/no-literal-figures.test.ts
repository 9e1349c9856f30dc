import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { figureInProse } from './data/check-prose';
import { messageWords } from './i18n/icu';

/**
 * "Every number on every page comes from data/ through the formatter": no
 * page, component or library module may write a figure into its own
 * sentences ("the two articles" goes stale the day a third arrives). This
 * reads every string literal, template text and JSX text under app/,
 * components/ and lib/ with the TypeScript parser, and fails on prose that
 * holds a numeral or a number word. Markup and CSS (strings with <, { or ;)
 * are code, not prose. Numbers in code (sizes, indexes) are not strings.
 */
function files(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const full = path.join(directory, name);
    if (statSync(full).isDirectory()) return files(full);
    return /\.tsx?$/.test(name) && !/\.(test|sample)\.tsx?$/.test(name) ? [full] : [];
  });
}

/** Prose where a number word is not a count, each with the reason. */
const notCounts: { file: string; text: string; reason: string }[] = [
  {
    file: 'messages/en.json',
    text: 'comes from one of the',
    reason: '"one of" picks an article; the count of articles comes from data',
  },
  {
    file: 'messages/en.json',
    text: 'rather than look one up',
    reason: '"one" is a pronoun for "a publisher, an author or an address"',
  },
  {
    file: 'messages/en.json',
    text: 'earlier one is',
    reason: '"one" is a pronoun for an event in the plural message of the count of earlier events',
  },
  {
    file: 'messages/en.json',
    text: 'whole billions',
    reason: 'the name of the scale a figure is printed in ("$32bn": whole billions), not a figure',
  },
  {
    file: 'messages/en.json',
    text: 'whole millions',
    reason: 'the name of the scale a figure is printed in ("14mn": whole millions), not a figure',
  },
  {
    file: 'messages/en.json',
    text: 'billions',
    reason: 'the names of the scales a figure is printed in, as select branches, not figures',
  },
  {
    file: 'messages/en.json',
    text: 'millions',
    reason: 'the names of the scales a figure is printed in, as select branches, not figures',
  },
  {
    file: 'messages/en.json',
    text: 'when the article does not give one',
    reason: '"one" is a pronoun for "a publisher"',
  },
  {
    file: 'messages/en.json',
    text: 'only where the article prints one',
    reason: '"one" is a pronoun for "a URL"',
  },
  {
    file: 'lib/data/schema.ts',
    text: 'must quote at least one passage',
    reason: 'a rule of the data format, not a figure about the world',
  },
  {
    file: 'lib/data/integrity.ts',
    text: 'is cited twice: give one citation several quotes',
    reason: 'a rule of the data format, not a figure about the world',
  },
];

/** Every message of a messages/*.json file, as words. */
function messageProse(file: string): string[] {
  const leaves = (value: unknown): string[] =>
    typeof value === 'string'
      ? [messageWords(value)]
      : Object.values(value as Record<string, unknown>).flatMap(leaves);
  return leaves(JSON.parse(readFileSync(file, 'utf8')));
}

function prose(file: string): string[] {
  if (file.endsWith('.json')) return messageProse(file);
  const text = readFileSync(file, 'utf8');
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node) ||
      ts.isJsxText(node)
    ) {
      found.push(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  // Prose: at least two words; markup and CSS are code.
  return found.filter((s) => /\p{L}{2,}\s+\p{L}/u.test(s) && !/[<{};]/.test(s));
}

describe('app, components, lib and messages write no figures into their sentences', () => {
  // English is the messages' reference; the translations say what it says.
  const all = [...files('app'), ...files('components'), ...files('lib'), 'messages/en.json'];

  it.each(all)('%s', (file) => {
    const allowed = notCounts.filter((entry) => entry.file === file).map((entry) => entry.text);
    const offending = prose(file)
      .map((text) => text.replace(/\s+/g, ' '))
      .map((text) => allowed.reduce((rest, phrase) => rest.replace(phrase, ''), text))
      .flatMap((text) => {
        const figure = figureInProse(text);
        return figure ? [`"${figure}" in "${text.trim().slice(0, 80)}"`] : [];
      });
    expect(offending).toEqual([]);
  });

  it('catches a count typed into a sentence, in JSX, a string and a template', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'figures-')), 'page.tsx');
    writeFileSync(
      file,
      [
        'export const Page = () => <p>Every event the two articles mention</p>;',
        "export const lede = 'Drawn from 3 sources';",
        'export const note = (n: number) => `${n} charts and twelve events`;',
        "export const css = 'body { margin: 0 }';",
      ].join('\n'),
    );
    expect(prose(file).map(figureInProse)).toEqual(['two', '3', 'twelve']);
  });

  it('lists only exceptions that are still there', () => {
    for (const entry of notCounts) {
      expect(readFileSync(entry.file, 'utf8').replace(/\s+/g, ' '), entry.file).toContain(
        entry.text,
      );
    }
  });
});
