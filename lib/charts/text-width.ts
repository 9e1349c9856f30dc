/**
 * How wide a character of each script sets, against a Latin one, in the
 * fonts readers' systems use (Cyrillic in the system UI font; Bangla in Noto
 * Sans Bengali, Nirmala UI or Bangla Sangam MN); a Bengali vowel sign or
 * virama joins the letter before it and takes no width of its own. Measured
 * in Chromium: Cyrillic 1.13–1.18, Bengali 1.23–1.33 across the embeds'
 * titles, subtitles, legends and source lines (e2e/embeds.spec.ts holds the
 * embed heights estimated from it).
 */
const SCRIPT_WIDTH = { bengali: 1.3, cyrillic: 1.17, mark: 0 };

const BENGALI = /\p{Script=Bengali}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const MARK = /\p{M}/u;

/** A text's width in Latin characters: what a line of it needs, in any script. */
export function latinLength(text: string): number {
  let length = 0;
  for (const char of text) {
    if (MARK.test(char)) length += SCRIPT_WIDTH.mark;
    else if (BENGALI.test(char)) length += SCRIPT_WIDTH.bengali;
    else if (CYRILLIC.test(char)) length += SCRIPT_WIDTH.cyrillic;
    else length += 1;
  }
  return length;
}
