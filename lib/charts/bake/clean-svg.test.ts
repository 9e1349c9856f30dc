import { describe, expect, it } from 'vitest';
import { cleanSvg } from './clean-svg';

const drawn = (defs: string, marks: string) =>
  cleanSvg(`<svg width="100" height="20"><defs>${defs}</defs>${marks}</svg>`, {
    idPrefix: 'c-test',
    label: 'Test',
  });

describe('cleanSvg', () => {
  it('keeps the definitions a mark refers to and drops the rest', () => {
    const svg = drawn(
      '<pattern id="c-test-hatch"></pattern><linearGradient id="c-test-fade"></linearGradient><clipPath id="recharts1"><rect></rect></clipPath>',
      '<rect width="10" height="10" fill="url(#c-test-hatch)"></rect>',
    );
    expect(svg).toContain('id="c-test-hatch"');
    expect(svg).not.toContain('c-test-fade');
    expect(svg).not.toContain('clipPath');
  });

  it('keeps a clip path a group is clipped by, under its new id', () => {
    const svg = drawn(
      '<clipPath id="recharts1"><rect></rect></clipPath>',
      '<g clip-path="url(#recharts1)"><rect width="10" height="10"></rect></g>',
    );
    expect(svg).toContain('<clipPath id="c-test-r0">');
    expect(svg).toContain('clip-path="url(#c-test-r0)"');
  });

  it('reads every way SVG refers to a definition', () => {
    const svg = drawn(
      '<pattern id="c-test-a"></pattern><pattern id="c-test-b"></pattern><pattern id="c-test-c"></pattern>',
      '<rect fill="url(\'#c-test-a\')"></rect><rect fill=\'url("#c-test-b")\'></rect><use xlink:href="#c-test-c"></use>',
    );
    for (const id of ['c-test-a', 'c-test-b', 'c-test-c']) expect(svg).toContain(`id="${id}"`);
  });

  it('drops a definition only an unused one referred to', () => {
    const svg = drawn(
      '<linearGradient id="c-test-base"></linearGradient><linearGradient id="c-test-fade" href="#c-test-base"></linearGradient>',
      '<rect></rect>',
    );
    expect(svg).not.toContain('c-test-base');
  });

  it('drops the <defs> left empty', () => {
    const svg = drawn('<linearGradient id="c-test-fade"></linearGradient>', '<rect></rect>');
    expect(svg).not.toContain('<defs');
  });
});
