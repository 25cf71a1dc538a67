/**
 * The old encodings: our tables against two independent converters' tables, every letter; the
 * decoder on the encodings' own hard cases; and detection that never calls Unicode legacy.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { decode, encode, fontEncoding, guessEncoding, legacyCells, unicodeSheet } from '../../../src/core';
import { LEGACY_FONTS, LEGACY_TABLES } from '../../../src/core/text/legacy';
import { LegacyFontsSchema, LegacyTableSchema, SyllablesSchema } from '../../../src/core/text/legacy/schema';
import { SEED_ROWS, SEED_TITLE } from '../../fixtures/appendix';

const core = join(__dirname, '..', '..', '..', 'src', 'core', 'text', 'legacy');
const json = (f: string) => JSON.parse(readFileSync(join(core, f), 'utf8'));
const other = JSON.parse(readFileSync(join(__dirname, '..', '..', 'fixtures', 'legacy-converter-table.json'), 'utf8')) as {
  rows: { unicode: string; vni: string; tcvn3: string }[];
  second: { vni: { unicode: string; vni: string }[] };
};

describe('the tables are data, checked', () => {
  test.each(['tcvn3.json', 'vni.json'])('%s parses to itself and is what the core ships', (f) => {
    const raw = json(f);
    expect(LegacyTableSchema.parse(raw)).toEqual(raw);
    expect(LEGACY_TABLES[raw.encoding as 'tcvn3' | 'vni']).toEqual(raw);
  });
  test('fonts.json parses to itself; a prefix hidden by a shorter one fails', () => {
    const raw = json('fonts.json');
    expect(LegacyFontsSchema.parse(raw)).toEqual(raw);
    expect(LEGACY_FONTS).toEqual(raw);
    expect(LegacyFontsSchema.safeParse({ ...raw, families: [...raw.families].reverse() }).success).toBe(false);
  });
  test('syllables.json parses to itself; a broken piece fails', () => {
    const raw = json('syllables.json');
    expect(SyllablesSchema.parse(raw)).toEqual(raw);
    expect(SyllablesSchema.safeParse({ ...raw, codas: ['[cm'] }).success).toBe(false);
  });
  test('two letters written alike fail', () => {
    const raw = json('vni.json');
    expect(LegacyTableSchema.safeParse({ ...raw, letters: { ...raw.letters, ỹ: 'ì' } }).success).toBe(false);
  });
});

describe('every letter agrees with independent converters', () => {
  test('VNI: all 134 letters as congbang10h/ts20160327 writes them', () => {
    const ours = LEGACY_TABLES.vni.letters;
    expect(other.second.vni).toHaveLength(134);
    for (const r of other.second.vni) expect([r.unicode, ours[r.unicode]]).toEqual([r.unicode, r.vni]);
    expect(Object.keys(ours).sort()).toEqual(other.second.vni.map((r) => r.unicode).sort());
  });
  test("VNI: duydev/vietnamese-conversion agrees but for ỷ ỹ Ỷ Ỹ, which it writes as other letters already are (ì, ặ's mark)", () => {
    const ours = LEGACY_TABLES.vni.letters;
    const differ = other.rows.filter((r) => ours[r.unicode] !== r.vni).map((r) => r.unicode);
    expect(differ.sort()).toEqual(['Ỷ', 'Ỹ', 'ỷ', 'ỹ'].sort());
    // Its ỹ is 'ì', which is ì itself: a table where two letters read alike cannot be decoded.
    const theirs = new Map(other.rows.map((r) => [r.unicode, r.vni]));
    expect(theirs.get('ỹ')).toBe(theirs.get('ì'));
  });
  test('TCVN3: all 74 codes (67 lower-case letters and 7 capitals) as duydev/vietnamese-conversion writes them', () => {
    const ours = LEGACY_TABLES.tcvn3.letters;
    let compared = 0;
    for (const r of other.rows) {
      // Toned capitals have no code of their own: that converter writes them as a capital plus a lower-case code.
      if (r.tcvn3.length !== 1) continue;
      expect([r.unicode, ours[r.unicode]]).toEqual([r.unicode, r.tcvn3]);
      compared++;
    }
    expect(compared).toBe(74);
    expect(Object.keys(ours)).toHaveLength(74);
  });
});

describe('decoding', () => {
  test('TCVN3: one byte per letter, 0xAD is ư', () => {
    expect(decode('Sè l\u00adîng', 'tcvn3')).toBe('Số lượng');
    expect(decode('Ch\u00ada', 'tcvn3')).toBe('Chưa');
    expect(decode('ng\u00adêi', 'tcvn3')).toBe('người');
  });
  test('TCVN3 in a capitals font reads in capitals', () => {
    expect(decode('CéNG HOµ', 'tcvn3', { upper: true })).toBe('CỘNG HOÀ');
    expect(decode('céng hoµ', 'tcvn3', { upper: true })).toBe('CỘNG HOÀ');
  });
  test('VNI: the longest match first', () => {
    expect(decode('Xin chaøo', 'vni')).toBe('Xin chào');
    expect(decode('ngöôøi', 'vni')).toBe('người');
    expect(decode('Ñôn vò tính', 'vni')).toBe('Đơn vị tính');
    expect(decode('Muoán', 'vni')).toBe('Muốn');
  });
  test('every seed text goes there and back in both encodings, NFC', () => {
    const texts = [...SEED_TITLE, ...SEED_ROWS.flatMap((r) => Object.values(r))].filter((t) => t.trim() !== '');
    for (const enc of ['tcvn3', 'vni'] as const)
      for (const t of texts) {
        const nfc = t.normalize('NFC');
        const bytes = encode(nfc, enc, { upper: true });
        if (bytes !== null) expect(decode(bytes, enc, { upper: true })).toBe(nfc.toUpperCase());
        const lower = encode(nfc, enc);
        // TCVN3 has no toned capitals: such a text cannot be written in a plain font.
        if (lower === null) expect(enc === 'tcvn3' && /[À-Ỹ]/u.test(nfc)).toBe(true);
        else expect(decode(lower, enc)).toBe(nfc);
      }
  });
});

describe('detection', () => {
  test('the font says first; an H font means capitals; a Unicode font says nothing', () => {
    expect(fontEncoding('.VnTimeH')).toEqual({ encoding: 'tcvn3', upper: true, unicode: 'Times New Roman' });
    expect(fontEncoding('.VnTime')).toEqual({ encoding: 'tcvn3', upper: false, unicode: 'Times New Roman' });
    expect(fontEncoding('.VnArial')).toEqual({ encoding: 'tcvn3', upper: false, unicode: 'Arial' });
    expect(fontEncoding('VNI-Times')).toEqual({ encoding: 'vni', upper: false, unicode: 'Times New Roman' });
    expect(fontEncoding('Times New Roman')).toBeNull();
  });
  test('the characters, in a Unicode font', () => {
    expect(guessEncoding('Sè l\u00adîng')).toBe('tcvn3');
    expect(guessEncoding('Tæng sè hå s¬ ®· gi¶i quyÕt')).toBe('tcvn3');
    expect(guessEncoding('Xin chaøo caùc baïn')).toBe('vni');
    expect(guessEncoding('Soá löôïng')).toBe('vni');
  });
  test('no false alarm on Unicode Vietnamese, NFD included, nor on other languages', () => {
    const texts = [...SEED_TITLE, ...SEED_ROWS.flatMap((r) => Object.values(r))];
    for (const t of texts) {
      expect([t, guessEncoding(t)]).toEqual([t, null]);
      expect([t, guessEncoding(t.normalize('NFD'))]).toEqual([t, null]);
    }
    for (const t of ['Müller', 'São Paulo', 'Ø 25 mm', '25°C ± 2', 'déjà vu', 'naïve café', '½ × 3', '© 2021 ®', 'Straße'])
      expect([t, guessEncoding(t)]).toEqual([t, null]);
  });
  test('a sheet: the cell font decides, a rich-text cell run by run, NFD composed', () => {
    const sheet = unicodeSheet({
      name: 'S',
      origin: { row: 1, col: 1 },
      values: [['CéNG HOµ', 'ý kiÕn', 'Sè l\u00adîng', 'Ho\u0300a']],
      fonts: [['.VnTimeH', 'Times New Roman']],
      runs: [
        [
          null,
          [
            { text: 'ý', font: '.VnTimeH' },
            { text: ' kiÕn', font: '.VnTime' },
          ],
        ],
      ],
      merges: [],
    });
    expect(sheet.values[0]).toEqual(['CỘNG HOÀ', 'Ý kiến', 'Số lượng', 'Hòa']);
    expect(sheet.legacy).toEqual([
      { encoding: 'tcvn3', range: 'A1:C1', cells: 3, example: { cell: 'A1', before: 'CéNG HOµ', after: 'CỘNG HOÀ' } },
    ]);
    expect(unicodeSheet(sheet)).toBe(sheet);
    expect(legacyCells(sheet)).toEqual([]);
  });
});
