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

/**
 * A string item's runs with new texts and fonts (a conversion to Unicode), each run keeping the rest
 * of its formatting as written; null when the item's runs are not the ones given (then the cell is
 * written as plain text). `p` is the sheet's prefix for the new `<is>`.
 */
export function rewriteRuns(
  item: string,
  runs: { text: string; font: string | null }[],
  p: string,
  escape: (s: string) => string,
): string | null {
  const inner = plainMarkup(item).replace(/<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh>/g, '');
  const textOf = (xml: string) => {
    let out = '';
    for (const m of xml.matchAll(TEXT)) out += m[1] ?? '';
    return unescapeOoxml(unescapeXml(out));
  };
  const t = (text: string) => `<${p}t xml:space="preserve">${escape(text)}</${p}t>`;
  const out: string[] = [];
  let i = 0;
  let last = 0;
  const plain = (xml: string) => {
    if (textOf(xml) === '') return true;
    const r = runs[i++];
    if (!r) return false;
    out.push(`<${p}r>${t(r.text)}</${p}r>`);
    return true;
  };
  for (const m of inner.matchAll(RUN)) {
    if (!plain(inner.slice(last, m.index))) return null;
    const r = runs[i++];
    if (!r) return null;
    const rPr = /<((?:[\w.-]+:)?)rPr(?:\s[^>]*)?>([\s\S]*?)<\/\1rPr>/.exec(m[2]);
    let props = rPr ? rPr[2] : '';
    if (r.font !== null) {
      const val = `val="${r.font.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')}"`;
      props = RFONT.test(props)
        ? props.replace(/(<(?:[\w.-]+:)?rFont\b[^>]*?\b)val\s*=\s*("[^"]*"|'[^']*')/, `$1${val}`)
        : `<${p}rFont ${val}/>${props}`;
    }
    out.push(`<${p}r>${props ? `<${p}rPr>${props}</${p}rPr>` : ''}${t(r.text)}</${p}r>`);
    last = (m.index ?? 0) + m[0].length;
  }
  if (!plain(inner.slice(last))) return null;
  return i === runs.length ? `<${p}is>${out.join('')}</${p}is>` : null;
}

/** The `<si>` items of a shared strings part, as written (for a cell whose runs are rewritten). */
export function sharedItems(xml: string): string[] {
  const out: string[] = [];
  const re = /<((?:[\w.-]+:)?)si(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/\1si>)/g;
  for (const m of plainMarkup(xml).matchAll(re)) out.push(m[2] ?? '');
  return out;
}
