import { normaliseText } from './text';

/**
 * "Every event the articles mention is in data/" cannot be proved by a
 * program, but this can: every word of every article lies inside a passage
 * that data/ records, as a claim's quote, an event's citation, a background
 * passage or the source record itself. A sentence nobody classified shows up
 * as an uncovered stretch, and someone must decide what it is.
 *
 * Function words between recorded passages ("and", "however") carry nothing
 * to record, so they may stay uncovered.
 */
const functionWords = new Set(
  (
    'a an the and or but nor so yet of to in on at by for from with as into than then ' +
    'is are was were be been being has have had do does did it its this that these those ' +
    'also however meanwhile while though although whereas thus hence indeed fact'
  ).split(' '),
);

const wordPattern = /[\p{L}\p{N}][\p{L}\p{N}’'.-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;

/** Stretches of the text, in order, that contain a content word no passage covers. */
export function uncoveredStretches(text: string, passages: readonly string[]): string[] {
  const normal = normaliseText(text);
  const lowered = normal.toLowerCase();
  const covered = new Uint8Array(normal.length);
  for (const passage of passages) {
    const needle = normaliseText(passage).toLowerCase();
    if (!needle) continue;
    for (let at = lowered.indexOf(needle); at >= 0; at = lowered.indexOf(needle, at + 1)) {
      covered.fill(1, at, at + needle.length);
    }
  }

  const stretches: { from: number; to: number }[] = [];
  for (const match of normal.matchAll(wordPattern)) {
    const from = match.index;
    const to = from + match[0].length;
    if (covered.subarray(from, to).every((flag) => flag === 1)) continue;
    if (functionWords.has(match[0].toLowerCase())) continue;
    const last = stretches.at(-1);
    // Words with nothing covered between them belong to one stretch.
    if (last && !covered.subarray(last.to, from).includes(1)) last.to = to;
    else stretches.push({ from, to });
  }
  return stretches.map(({ from, to }) => normal.slice(from, to));
}
