import { installDom } from './dom';

/** Attributes recharts copies onto elements where SVG gives them no meaning. */
const strayAttributes: Record<string, string[]> = {
  line: ['x', 'y', 'width', 'height', 'angle', 'orientation', 'name'],
  text: ['width', 'height', 'angle', 'orientation', 'name'],
  g: ['tabindex'],
  path: ['angle', 'orientation', 'name', 'width', 'height', 'x', 'y'],
};
const numericAttributes = /^(x|y|x1|x2|y1|y2|cx|cy|r|width|height|d|points|transform|dy)$/;

/** Rounds every decimal in a value to one place: 223.99999999999997 → 224. */
function roundNumbers(value: string): string {
  return value.replace(/-?\d+\.\d{2,}/g, (n) => String(Math.round(Number(n) * 10) / 10));
}

/** An attribute value that refers to an id: url(#id), quoted or not, or #id (href, xlink:href). */
function referencesTo(id: string): RegExp {
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`url\\(\\s*['"]?#${escaped}['"]?\\s*\\)|^#${escaped}$`);
}

/** The definitions in <defs> that no attribute outside them refers to. */
function unreferencedDefinitions(svg: Element): Element[] {
  const elements = [svg, ...svg.querySelectorAll('*')];
  return [...svg.querySelectorAll('defs > [id]')].filter((definition) => {
    const reference = referencesTo(definition.getAttribute('id') ?? '');
    return !elements.some(
      (element) =>
        !definition.contains(element) &&
        [...element.attributes].some((attribute) => reference.test(attribute.value)),
    );
  });
}

export interface CleanOptions {
  /** Prefix for every id, unique per SVG on a page. */
  idPrefix: string;
  /** Accessible name of the static image. */
  label: string;
}

/**
 * Turns recharts' live markup into a small static image: no classes, focus
 * handling or stray attributes, one decimal place, unique ids, sized by its
 * viewBox so CSS can scale it, and exposed as one image with a name.
 */
export function cleanSvg(markup: string, { idPrefix, label }: CleanOptions): string {
  installDom();
  const holder = document.createElement('div');
  holder.innerHTML = markup;
  const svg = holder.querySelector('svg');
  if (!svg) throw new Error('no <svg> to clean');

  const renamed = new Map<string, string>();
  let counter = 0;
  for (const element of svg.querySelectorAll('[id]')) {
    const id = element.getAttribute('id') ?? '';
    if (!id.startsWith(idPrefix)) {
      const fresh = `${idPrefix}-r${counter++}`;
      renamed.set(id, fresh);
      element.setAttribute('id', fresh);
    }
  }

  for (const element of [svg, ...svg.querySelectorAll('*')]) {
    element.removeAttribute('class');
    element.removeAttribute('tabindex');
    for (const name of strayAttributes[element.tagName.toLowerCase()] ?? []) {
      element.removeAttribute(name);
    }
    for (const attribute of [...element.attributes]) {
      let value = attribute.value;
      if (numericAttributes.test(attribute.name)) value = roundNumbers(value);
      for (const [from, to] of renamed) {
        value = value
          .replaceAll(`#${from})`, `#${to})`)
          .replace(new RegExp(`^#${from}$`), `#${to}`);
      }
      if (value !== attribute.value) element.setAttribute(attribute.name, value);
    }
  }

  // Patterns, gradients and clip paths nothing refers to: every chart carries the defs for
  // every kind of mark, and recharts a clip path for its plot area that static marks never use.
  // Again after each removal, for a definition only a removed one referred to.
  let unused = unreferencedDefinitions(svg);
  while (unused.length > 0) {
    for (const definition of unused) definition.remove();
    unused = unreferencedDefinitions(svg);
  }

  // Empty groups, and the empty <title>/<desc> recharts adds for its live keyboard layer.
  for (const element of [...svg.querySelectorAll('title, desc')]) {
    if (!element.textContent?.trim()) element.remove();
  }
  let removed = true;
  while (removed) {
    removed = false;
    for (const group of [...svg.querySelectorAll('g, defs')]) {
      if (group.childElementCount === 0 && !group.textContent?.trim()) {
        group.remove();
        removed = true;
      }
    }
  }

  svg.removeAttribute('style');
  svg.removeAttribute('width');
  svg.removeAttribute('height');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('focusable', 'false');
  // HTML serialisation writes a no-break space (Russian and Bangla amounts: "৩২ বিলিয়ন") as
  // &nbsp;, which XML does not know: the standalone SVG files need the numeric reference.
  return svg.outerHTML.replaceAll('&nbsp;', '&#160;');
}
