/** Whitespace-insensitive text: quotes cross line breaks in the stored articles. */
export function normaliseText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function textContains(haystack: string, needle: string): boolean {
  return normaliseText(haystack).includes(normaliseText(needle));
}

/**
 * Whether a passage names something: case-insensitive (a list may capitalise
 * "the interim government"), starting at a word ("RT" is not in "part"),
 * and open at the end, so "Russia" is named by "the Russian refusal".
 */
export function textMentions(haystack: string, needle: string): boolean {
  const words = normaliseText(needle).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${words}`, 'iu').test(normaliseText(haystack));
}
