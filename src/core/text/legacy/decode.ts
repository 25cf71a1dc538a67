/** From legacy text to Unicode NFC and back (the back way builds the test workbooks and nothing else ships it to a user). */
import { CP1252_HIGH, DECODE, LEGACY_TABLES, LegacyEncoding } from './tables';

export interface DecodeOptions {
  /** The text is shown in a capitals font (`.VnTimeH`): it reads in capitals. */
  upper?: boolean;
}

/**
 * Legacy text as Unicode NFC: TCVN3 one character per letter, VNI the longest sequence first (a base
 * letter and its mark bytes). decode('Sè l\u00adîng', 'tcvn3') === 'Số lượng'; decode('CéNG HOµ', 'tcvn3', { upper: true }) === 'CỘNG HOÀ'.
 */
export function decode(text: string, encoding: LegacyEncoding, opts: DecodeOptions = {}): string {
  const map = DECODE[encoding];
  let out = '';
  for (let i = 0; i < text.length;) {
    const two = encoding === 'vni' ? map.get(text.slice(i, i + 2)) : undefined;
    if (two !== undefined && i + 1 < text.length) {
      out += two;
      i += 2;
      continue;
    }
    const ch = text[i];
    out += map.get(ch) ?? ch;
    i++;
  }
  return (opts.upper ? out.toUpperCase() : out).normalize('NFC');
}

/**
 * Unicode text written in a legacy encoding (for a capitals font, its lower-case codes), or null
 * when a letter has no code there (a toned capital in TCVN3 outside a capitals font).
 */
export function encode(text: string, encoding: LegacyEncoding, opts: DecodeOptions = {}): string | null {
  const letters = LEGACY_TABLES[encoding].letters;
  const src = (opts.upper ? text.toLowerCase() : text).normalize('NFC');
  let out = '';
  for (const ch of src) {
    const l = letters[ch];
    if (l !== undefined) out += l;
    else if (passesThrough(ch, encoding)) out += ch;
    else return null;
  }
  return out;
}

/** A character a legacy font shows as itself: ASCII, Windows-1252's punctuation, a Latin-1 sign the encoding leaves alone. */
function passesThrough(ch: string, encoding: LegacyEncoding): boolean {
  const c = ch.charCodeAt(0);
  if (c < 0x80 || CP1252_HIGH.has(ch)) return true;
  if (c > 0xff) return false;
  const map = DECODE[encoding];
  if (map.has(ch)) return false;
  // VNI: a Latin-1 character that is also a mark byte would read as part of the letter before it.
  for (const k of map.keys()) if (k.length === 2 && k[1] === ch) return false;
  return true;
}
