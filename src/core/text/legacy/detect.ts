/**
 * Which encoding a text is written in: the font's name first (the strongest sign), the characters
 * themselves for text shown in a Unicode font. The second never calls Unicode Vietnamese legacy: a
 * text is taken for legacy only when it holds a character no Vietnamese letter is, nothing beyond
 * what a single-byte font can hold, and its words decode to Vietnamese syllables.
 */
import { Memo } from '../../memo';
import { decode } from './decode';
import { CP1252_HIGH, LEGACY_FONTS, LegacyEncoding, SYLLABLES, TELLS } from './tables';

export interface FontEncoding {
  encoding: LegacyEncoding;
  /** A capitals font (`.VnTimeH`): its text reads in capitals. */
  upper: boolean;
  /** The Unicode font it becomes when converted. */
  unicode: string;
}

const fontMemo = new Memo<FontEncoding | null>(256);

/** The encoding a font's name says, or null for a Unicode font. fontEncoding('.VnTimeH') → { encoding: 'tcvn3', upper: true, unicode: 'Times New Roman' }. */
export function fontEncoding(font: string | null | undefined): FontEncoding | null {
  if (!font) return null;
  return fontMemo.get(font, (f) => {
    const name = f.trim().toLowerCase();
    const family = LEGACY_FONTS.families.find((x) => name.startsWith(x.prefix));
    return family ? { encoding: family.encoding, upper: family.encoding === 'tcvn3' && name.endsWith('h'), unicode: family.unicode } : null;
  });
}

/** The text could only be Unicode: it holds a character no single-byte font has (every Vietnamese letter beyond Latin-1). */
export function beyondSingleByte(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0xff && !CP1252_HIGH.has(text[i])) return true;
  return false;
}

const ONSET = `(?:${SYLLABLES.onsets.join('|')})?`;
const NUCLEUS = `(?:${SYLLABLES.nuclei.join('|')})`;
const CODA = `(?:${SYLLABLES.codas.join('|')})?`;
const SYLLABLE = new RegExp(`^${ONSET}${NUCLEUS}${CODA}$`);
/** The tone marks, taken off before the shape of a syllable is checked (the vowels keep their own marks). */
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** A word shaped like a Vietnamese syllable (onset, vowels, final consonant), tones aside. */
export function isSyllable(word: string): boolean {
  const bare = word.toLowerCase().normalize('NFD').replace(TONES, '').normalize('NFC');
  return SYLLABLE.test(bare);
}

const guessMemo = new Memo<LegacyEncoding | null>(4096);

/**
 * The legacy encoding a text in a Unicode font is written in, from its characters, or null. Every
 * word the decoding changes must come out a Vietnamese syllable, and one at least must have held a
 * tell-tale character. guessEncoding('Sè l\u00adîng') === 'tcvn3'; guessEncoding('Số lượng') === null.
 */
export function guessEncoding(text: string): LegacyEncoding | null {
  return guessMemo.get(text, guessUncached);
}

/** Per encoding, whether each Latin-1 code is a tell-tale character (one lookup per character). */
const TELL_CODES: Record<LegacyEncoding, Uint8Array> = { tcvn3: tellCodes('tcvn3'), vni: tellCodes('vni') };

function tellCodes(enc: LegacyEncoding): Uint8Array {
  const out = new Uint8Array(256);
  for (const ch of TELLS[enc]) if (ch.charCodeAt(0) < 256) out[ch.charCodeAt(0)] = 1;
  return out;
}

function guessUncached(text: string): LegacyEncoding | null {
  let tcvn3 = false;
  let vni = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xa0) continue;
    if (c > 0xff) {
      if (beyondSingleByte(text[i])) return null;
      continue;
    }
    if (TELL_CODES.tcvn3[c]) tcvn3 = true;
    if (TELL_CODES.vni[c]) vni = true;
  }
  if (!tcvn3 && !vni) return null;
  let best: LegacyEncoding | null = null;
  let bestWords = 0;
  for (const enc of ['tcvn3', 'vni'] as const) {
    if (enc === 'tcvn3' ? !tcvn3 : !vni) continue;
    const words = changedWords(text, enc);
    if (words === null || words <= bestWords) continue;
    best = enc;
    bestWords = words;
  }
  return best;
}

/**
 * Whether a text without a tell-tale character still reads as Vietnamese in this encoding ('Ghi chó'
 * is 'Ghi chú' in TCVN3): asked only of a sheet whose other text in a Unicode font already showed it.
 */
export function decodesCleanly(text: string, enc: LegacyEncoding): boolean {
  let high = false;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0xa0) high = true;
  return high && !beyondSingleByte(text) && changedWords(text, enc, true) !== null;
}

const WORD = /[\p{L}\p{M}\u00ad\u00a1-\u00ff]+/gu;

/** The share of the changed words that must come out syllables (a foreign name may not). */
const SYLLABLE_SHARE = 0.8;

/** How many words the decoding changes into syllables; null when too few of the changed words come out syllables. */
function changedWords(text: string, enc: LegacyEncoding, lone = false): number | null {
  let changed = 0;
  let good = 0;
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    const out = decode(word, enc);
    if (out === word) continue;
    changed++;
    // A word may hold several syllables run together by a soft break or punctuation: each must be one.
    const parts = out.split(/[^\p{L}]+/u).filter((p) => p !== '');
    // A lone letter ('Ø' reads 'ỉ') is too little to go on.
    if (parts.every(isSyllable) && (lone || parts.some((p) => p.length > 1))) good++;
  }
  return good > 0 && good >= changed * SYLLABLE_SHARE ? good : null;
}
