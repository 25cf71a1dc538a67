/** Text as people write it in these workbooks: any case, with or without diacritics, with stray markup. */

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
  return normalizeSpace(stripMarkup(s));
}

/**
 * A comparison key: lower case, no diacritics (đ → d), no markup, single spaces,
 * punctuation other than letters, digits, %, =, / and . turned into spaces.
 * fold('  <i>Đơn vị  TÍNH</i>: ') === 'don vi tinh'
 */
export function fold(s: string): string {
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
  return fold(s)
    .replace(/[./]/g, ' ')
    .split(' ')
    .filter((w) => w.length > 0);
}

/**
 * Dice similarity of two labels' word multisets, in [0, 1]; 1 means the same words.
 * labelSimilarity('Số nhiệm vụ đã hoàn thành', 'SO NHIEM VU DA HOAN THANH') === 1
 */
export function labelSimilarity(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (wa.length === 0 || wb.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const w of wa) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of wb) {
    const c = counts.get(w) ?? 0;
    if (c > 0) {
      common++;
      counts.set(w, c - 1);
    }
  }
  return (2 * common) / (wa.length + wb.length);
}
