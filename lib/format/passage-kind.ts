import type { PassageKind } from '../data/vocabulary';

/** Badges for passages that are neither figures nor events. */
export const passageKindLabels: Record<PassageKind, string> = {
  context: 'background',
  argument: 'argument',
  page: 'page',
};
