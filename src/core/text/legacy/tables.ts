/**
 * The legacy encodings' tables as the decoder and encoder use them, built once from the shipped data
 * (checked against its schema and against independent converters in the tests).
 */
import fontData from './fonts.json';
import tcvn3Data from './tcvn3.json';
import vniData from './vni.json';
import syllableData from './syllables.json';

/** An old Vietnamese encoding: TCVN3 (ABC, fonts `.Vn…`) or VNI-Windows (fonts `VNI-…`). */
export type LegacyEncoding = 'tcvn3' | 'vni';
/** What a text or a table is written in. */
export type TextEncoding = 'unicode' | LegacyEncoding;

export interface LegacyTable {
  encoding: LegacyEncoding;
  source: string;
  /** Each Vietnamese letter (NFC) and the legacy characters that write it. */
  letters: Record<string, string>;
}

export interface LegacyFamily {
  prefix: string;
  encoding: LegacyEncoding;
  unicode: string;
}

export const LEGACY_TABLES: Record<LegacyEncoding, LegacyTable> = {
  tcvn3: tcvn3Data as LegacyTable,
  vni: vniData as LegacyTable,
};
export const LEGACY_FONTS: { source: string; families: LegacyFamily[] } = fontData as { source: string; families: LegacyFamily[] };

/** Legacy characters → Unicode letter, per encoding, and the longest legacy sequence. */
export const DECODE: Record<LegacyEncoding, Map<string, string>> = {
  tcvn3: inverse(LEGACY_TABLES.tcvn3.letters),
  vni: inverse(LEGACY_TABLES.vni.letters),
};

function inverse(letters: Record<string, string>): Map<string, string> {
  const m = new Map<string, string>();
  for (const [u, l] of Object.entries(letters)) m.set(l, u);
  return m;
}

/** Characters an encoding writes that no Unicode Vietnamese text uses as a letter: the tell-tale signs in a text without a legacy font. */
export const TELLS: Record<LegacyEncoding, Set<string>> = { tcvn3: tells('tcvn3'), vni: tells('vni') };

function tells(enc: LegacyEncoding): Set<string> {
  const letters = new Set(Object.keys(LEGACY_TABLES.tcvn3.letters));
  const out = new Set<string>();
  for (const l of Object.values(LEGACY_TABLES[enc].letters))
    for (const ch of l) if (!letters.has(ch) && !/[a-zA-Z]/.test(ch) && !letters.has(ch.toLowerCase())) out.add(ch);
  return out;
}

/** The shape of a Vietnamese syllable, as regular-expression pieces (data: syllables.json). */
export const SYLLABLES: { source: string; onsets: string[]; nuclei: string[]; codas: string[]; cp1252High: string } = syllableData;

/** Windows-1252's characters above U+00FF (typographic quotes, dashes): a single-byte font's text may hold them. */
export const CP1252_HIGH = new Set([...SYLLABLES.cp1252High]);
