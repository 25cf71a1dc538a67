/** Old Vietnamese encodings (TCVN3, VNI-Windows): tables as data, the decoder, detection and the sheet's conversion. */
export { decode, encode } from './decode';
export type { DecodeOptions } from './decode';
export { beyondSingleByte, fontEncoding, guessEncoding, isSyllable } from './detect';
export type { FontEncoding } from './detect';
export { decodeCell, legacyCells, sheetEncoding, unicodeSheet, unicodeWorkbook } from './sheet';
export type { LegacyCell } from './sheet';
export { LEGACY_FONTS, LEGACY_TABLES } from './tables';
export type { LegacyEncoding, TextEncoding } from './tables';
