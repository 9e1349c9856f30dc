import { JSDOM } from 'jsdom';

/**
 * recharts 3 draws nothing on the server (recharts issue #5997): it lays out
 * in effects. It draws fully in a DOM, so baking runs it in jsdom, as a
 * browser would, and keeps the SVG. Installs jsdom's globals once.
 */
export function installDom(): void {
  const scope = globalThis as Record<string, unknown>;
  if (typeof scope.document !== 'undefined') return;
  const { window } = new JSDOM('<!doctype html><html><body></body></html>', {
    pretendToBeVisual: true,
  });
  const globals: Record<string, unknown> = {
    window,
    document: window.document,
    navigator: window.navigator,
    HTMLElement: window.HTMLElement,
    SVGElement: window.SVGElement,
    Element: window.Element,
    Node: window.Node,
    getComputedStyle: window.getComputedStyle.bind(window),
    requestAnimationFrame: (callback: (time: number) => void) =>
      setTimeout(() => callback(Date.now()), 0),
    cancelAnimationFrame: (handle: ReturnType<typeof setTimeout>) => clearTimeout(handle),
    // Baked charts have fixed sizes: nothing to observe.
    ResizeObserver: class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  };
  for (const [name, value] of Object.entries(globals)) {
    Object.defineProperty(scope, name, { value, configurable: true, writable: true });
  }
}

/**
 * Removes jsdom's globals again. Rendering for the server (embeds) must not
 * see a `window`: components read baked files only when there is none.
 */
export function uninstallDom(): void {
  const scope = globalThis as Record<string, unknown>;
  for (const name of [
    'window',
    'document',
    'navigator',
    'HTMLElement',
    'SVGElement',
    'Element',
    'Node',
    'getComputedStyle',
    'requestAnimationFrame',
    'cancelAnimationFrame',
    'ResizeObserver',
  ]) {
    delete scope[name];
  }
}
