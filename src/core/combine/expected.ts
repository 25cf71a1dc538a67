/** The offices a province expects (`--units`): the names in a list, a header and numbering left out. */
import { fold } from '../figures/text';

/** Header words a list's first column may carry above the names (folded). */
const HEADER_WORDS = new Set(['don vi', 'ten don vi', 'co quan', 'ten co quan', 'stt', 'tt', 'unit', 'units', 'office', 'offices']);

/** The office names of a list: text entries, trimmed, without header words, numbers, blanks or `#` comments. */
export function expectedOffices(entries: (string | number | boolean | null)[]): string[] {
  const out: string[] = [];
  for (const e of entries) {
    if (typeof e !== 'string') continue;
    const name = e.replace(/^\uFEFF/, '').trim();
    if (name === '' || name.startsWith('#') || /^\d+[.)]?$/.test(name) || HEADER_WORDS.has(fold(name))) continue;
    out.push(name);
  }
  return out;
}
