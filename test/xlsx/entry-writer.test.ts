/**
 * A part written a piece at a time (EntryWriter): with either codec — Node's zlib (pigz-style sync-
 * flushed pieces, each given the 32 KiB before it) or fflate's streaming deflater — the pieces
 * joined are one DEFLATE stream that independent readers (zlib's own inflate, Info-ZIP's `unzip -t`)
 * read back to the exact bytes, with the whole part's CRC-32.
 */
import { execFileSync } from 'child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { inflateRawSync } from 'zlib';
import { zlibCodec } from '../../src/cli/native';
import { fflateCodec } from '../../src/xlsx/fflate';
import { Codec, EntryWriter, crc32, useCodec, writeZip } from '../../src/xlsx/zip';
import { testWith } from '../helpers/tools';

/** A sheet-like part: rows of Vietnamese text and figures, `rows` long (varied, so it does not compress to nothing). */
function part(rows: number): Uint8Array {
  let xml = '<?xml version="1.0" encoding="UTF-8"?><worksheet><sheetData>';
  for (let r = 1; r <= rows; r++)
    xml += `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>Bảo hiểm xã hội huyện số ${(r * 7919) % 1000}</t></is></c><c r="B${r}"><v>${(r * 104729) % 99991}</v></c></row>`;
  return new TextEncoder().encode(`${xml}</sheetData></worksheet>`);
}

/** The bytes written through an EntryWriter in pieces of the given sizes, in turn. */
function written(codec: Codec, data: Uint8Array, pieces: number[]) {
  useCodec(codec);
  const w = new EntryWriter('xl/worksheets/sheet1.xml');
  let o = 0;
  for (let k = 0; o < data.length; k++) {
    const n = pieces[k % pieces.length];
    // The writer may not keep the piece: it is overwritten once written, as the sheet writer's buffer
    // is, with text much like what follows (a compressor that kept it would refer back into it).
    const piece = data.slice(o, o + n);
    w.write(piece);
    piece.set(data.subarray(o + 13, o + 13 + piece.length));
    o += n;
  }
  return w.end().entry;
}

/** Info-ZIP's unzip, an independent reader (.ci/run installs it). */
const UNZIP = '/usr/bin/unzip';

afterAll(() => useCodec(zlibCodec));

describe.each([
  ['zlib', zlibCodec],
  ['fflate', fflateCodec],
])('EntryWriter with %s', (_name, codec) => {
  const data = part(20_000);

  test.each([
    ['128 KiB pieces', [128 * 1024]],
    ['uneven pieces, some smaller than the window', [1, 70_000, 5, 32 * 1024, 200_000, 0, 3]],
    ['one piece', [data.length]],
  ])('%s: zlib reads the joined pieces back to the exact bytes, with the whole CRC', (_case, pieces) => {
    const e = written(codec, data, pieces);
    expect(e.usize).toBe(data.length);
    expect(e.crc).toBe(crc32(data));
    expect(Buffer.compare(inflateRawSync(e.raw), Buffer.from(data))).toBe(0);
    // Compressed about as well as the whole part at once.
    expect(e.raw.length).toBeLessThan(codec.deflate(data).length * 1.05);
  });

  test('an empty part', () => {
    const e = written(codec, new Uint8Array(0), [1]);
    expect(e.usize).toBe(0);
    expect(inflateRawSync(e.raw).length).toBe(0);
  });

  testWith(existsSync(UNZIP), 'unzip (Info-ZIP)', 'Info-ZIP checks the package: every entry inflates to its size and CRC', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-entry-writer-'));
    try {
      const file = join(dir, 'x.xlsx');
      writeFileSync(file, writeZip([written(codec, data, [64 * 1024]), written(codec, part(10), [100])]));
      expect(execFileSync(UNZIP, ['-t', file], { encoding: 'utf8' })).toMatch(/No errors detected/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

test('crc32 continues from a given checksum: the pieces give the whole data’s', () => {
  const data = part(500);
  for (const c of [crc32, zlibCodec.crc32, fflateCodec.crc32]) {
    let crc = 0;
    for (let o = 0; o < data.length; o += 777) crc = c(data.subarray(o, o + 777), crc);
    expect(crc).toBe(crc32(data));
  }
});
