import { createElement, type ComponentType } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

/**
 * Replaces what the bake drew inside `container` with a live React tree, in
 * one synchronous commit, so the reader never sees the container empty.
 */
export function renderLive<P extends object>(
  container: HTMLElement,
  component: ComponentType<P>,
  props: P,
) {
  const root = createRoot(container);
  flushSync(() => root.render(createElement(component, props)));
}

/** Runs `activate` once, on the first sign that a reader reaches for `element`. */
export function onReach(element: HTMLElement, activate: () => void) {
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    activate();
  };
  element.addEventListener('pointerenter', once);
  element.addEventListener('touchstart', once, { passive: true });
  element.addEventListener('focusin', once);
  return once;
}

/** Marks an element as enhanced; false if it already was (effects run twice in development). */
export function claim(element: HTMLElement, island: string): boolean {
  if (element.dataset.island === island) return false;
  element.dataset.island = island;
  return true;
}

export async function fetchJson<T>(href: string): Promise<T> {
  const response = await fetch(href);
  if (!response.ok) throw new Error(`${href} answered ${response.status}`);
  return (await response.json()) as T;
}
