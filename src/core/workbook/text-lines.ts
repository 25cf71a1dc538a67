/** How many lines a text wraps to in a column, as the hosts wrap it: for row heights of sheets made to print. */

/** Times New Roman's advance widths in em, roughly: capitals, digits, lower case, narrow marks, spaces. */
function charEm(ch: string): number {
  if (ch === ' ') return 0.25;
  if (/[.,;:!'’()[\]/|-]/.test(ch)) return 0.33;
  if (/\d/.test(ch)) return 0.5;
  const base = ch.normalize('NFD')[0];
  if (/[MWmw]/.test(base)) return 0.9;
  if (base !== base.toLowerCase()) return 0.72;
  if (/[ijlft]/.test(base)) return 0.3;
  return 0.5;
}

/**
 * Lines a text needs in a column `width` characters wide (Excel's unit, about 7 px) at `size` pt,
 * word-wrapped as the hosts do; on the generous side, so that a row is never too short.
 */
export function linesNeeded(text: string, width: number, size: number, bold = false): number {
  const room = (width * 7 + 5) * 0.75 - 6;
  const em = size * (bold ? 1.1 : 1.04);
  const wordWidth = (w: string) => [...w].reduce((s, ch) => s + charEm(ch), 0) * em;
  let lines = 0;
  for (const para of String(text).split('\n')) {
    let used = 0;
    let count = 1;
    for (const word of para.split(/\s+/).filter((w) => w !== '')) {
      const len = wordWidth(word);
      if (used === 0) used = len;
      else if (used + 0.25 * em + len <= room) used += 0.25 * em + len;
      else {
        count++;
        used = len;
      }
      while (used > room) {
        count++;
        used -= room;
      }
    }
    lines += count;
  }
  return Math.max(1, lines);
}
