/** The runs of a rich-text string item (`<si>`, `<is>`), each with its own font: how a legacy font reaches the core. */
import { fontEncoding } from '../core';
import type { TextRun } from '../core';
import { plainMarkup, unescapeOoxml, unescapeXml } from './xml';

const RUN = /<((?:[\w.-]+:)?)r(?:\s[^>]*)?>([\s\S]*?)<\/\1r>/g;
const TEXT = /<(?:[\w.-]+:)?t(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?t>)/g;
const RFONT = /<(?:[\w.-]+:)?rFont\b[^>]*\bval\s*=\s*("([^"]*)"|'([^']*)')/;

/** Whether a string item has runs (`<r>`): a quick test before the scan. */
export const hasRuns = (item: string): boolean => /<(?:[\w.-]+:)?r[\s>]/.test(item);

/** The runs of a string item, each with its text and its `rFont` (null: the cell's font); text outside runs is a run of its own. */
export function stringItemRuns(item: string): TextRun[] {
  const inner = plainMarkup(item).replace(/<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh>/g, '');
  const runs: TextRun[] = [];
  let last = 0;
  const textOf = (xml: string) => {
    let out = '';
    for (const m of xml.matchAll(TEXT)) out += m[1] ?? '';
    return unescapeOoxml(unescapeXml(out));
  };
  for (const m of inner.matchAll(RUN)) {
    const before = textOf(inner.slice(last, m.index));
    if (before !== '') runs.push({ text: before, font: null });
    const f = RFONT.exec(m[2]);
    runs.push({ text: textOf(m[2]), font: f ? unescapeXml(f[2] ?? f[3] ?? '') : null });
    last = (m.index ?? 0) + m[0].length;
  }
  const after = textOf(inner.slice(last));
  if (after !== '') runs.push({ text: after, font: null });
  return runs;
}

/** The runs of a string item when one of them is in an old Vietnamese font (the core then reads each run by its font), else undefined. */
export function legacyRuns(item: string): TextRun[] | undefined {
  if (!hasRuns(item)) return undefined;
  const runs = stringItemRuns(item);
  return runs.some((r) => fontEncoding(r.font) !== null) ? runs : undefined;
}
