/** Text as people write it in these workbooks: any case, with or without diacritics, with stray markup. */
import { Memo } from '../memo';

const MARKUP = /<\/?[a-z][^>]*>/gi;
const SPACES = /[\s\u00a0\u202f\u2007\u200b]+/g;

/** Removes HTML-like markup (`<i>…</i>`, `<p>`) that pasted documents leave in cells. */
export function stripMarkup(s: string): string {
  return s.replace(MARKUP, ' ');
}

/** Collapses every kind of space to one ordinary space and trims. */
export function normalizeSpace(s: string): string {
  return s.replace(SPACES, ' ').trim();
}

/** The cell's text as shown: markup removed, spaces normalized. */
export function cleanText(s: string): string {
  return cleanMemo.get(s, (t) => normalizeSpace(stripMarkup(t)));
}

/**
 * A comparison key: lower case, no diacritics (đ → d), no markup, single spaces,
 * punctuation other than letters, digits, %, =, / and . turned into spaces.
 * fold('  <i>Đơn vị  TÍNH</i>: ') === 'don vi tinh'
 */
export function fold(s: string): string {
  return foldMemo.get(s, foldUncached);
}

// Labels and header words recur in every workbook of a batch; folding is the engine's hot spot.
const MEMO_SIZE = 1024;
const foldMemo = new Memo<string>(MEMO_SIZE);
const cleanMemo = new Memo<string>(MEMO_SIZE);
const wordsMemo = new Memo<string[]>(MEMO_SIZE);

function foldUncached(s: string): string {
  return normalizeSpace(
    stripMarkup(s)
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase()
      .replace(/[^a-z0-9%=/.\s]/g, ' '),
  );
}

/** Words of a folded text, for similarity. */
export function words(s: string): string[] {
  return wordsMemo.get(s, (t) =>
    fold(t)
      .replace(/[./]/g, ' ')
      .split(' ')
      .filter((x) => x.length > 0),
  );
}

const bagMemo = new Memo<Map<string, number>>(MEMO_SIZE);

/** A label's words with their counts, kept: the same catalogue labels are compared for every row. */
function bag(s: string): Map<string, number> {
  return bagMemo.get(s, (t) => {
    const b = new Map<string, number>();
    for (const w of words(t)) b.set(w, (b.get(w) ?? 0) + 1);
    return b;
  });
}

/**
 * Dice similarity of two labels' word multisets, in [0, 1]; 1 means the same words.
 * labelSimilarity('Số nhiệm vụ đã hoàn thành', 'SO NHIEM VU DA HOAN THANH') === 1
 */
export function labelSimilarity(a: string, b: string): number {
  if (a === b && a.trim() !== '') return 1;
  const na = words(a).length;
  const nb = words(b).length;
  if (na === 0 || nb === 0) return 0;
  const ba = bag(a);
  const bb = bag(b);
  let common = 0;
  for (const [w, c] of ba) {
    const d = bb.get(w);
    if (d !== undefined) common += Math.min(c, d);
  }
  return (2 * common) / (na + nb);
}
