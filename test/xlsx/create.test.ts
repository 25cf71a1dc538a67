/** A new workbook from sheet descriptions: what is written reads back as written, and a difference is named. */
import '../../src/cli/native';
import type { SheetSpec } from '../../src/core';
import { createWorkbook, storedText, verifyCreated } from '../../src/xlsx/create';
import type { WorkbookError } from '../../src/core';
import { openPackage, parseSheet } from '../../src/xlsx/package';
import { EntryWriter, inflateEntry, makeEntry, writeZip } from '../../src/xlsx/zip';
import type { Piece } from '../../src/xlsx/zip';
import { SEED_ROWS } from '../fixtures/appendix';

const spec = (rows: SheetSpec['rows']): SheetSpec => ({ id: 'status', name: 'Tình hình nộp', rows, widths: [10, 20] });

test('texts that XML or Excel would misread are written so they read back as meant', () => {
  const tricky = ['<b>&"x"</b>', 'keep _x0041_ literal', 'bell\u0007 and \ud800 lone', '=SUM(A1)', 'x'.repeat(40000)];
  const specs = [
    spec([
      [{ value: 'Tiêu đề', style: 'title' }],
      ...tricky.map((t) => [
        { value: t, style: 'text' as const },
        { value: 3.5, style: 'dec' as const },
      ]),
    ]),
  ];
  const bytes = createWorkbook(specs);
  expect(verifyCreated(bytes, specs)).toBeNull();
  const pkg = openPackage(bytes);
  const cells = parseSheet(pkg, pkg.sheets[0].path, { cells: 1000 }).rows.flatMap((r) =>
    r.cells.filter((c) => c.col === 1).map((c) => c.value),
  );
  expect(cells).toEqual(['Tiêu đề', '<b>&"x"</b>', 'keep _x0041_ literal', 'bell and  lone', '=SUM(A1)', 'x'.repeat(32767)]);
  expect(storedText('a\u0000b')).toBe('ab');
});

test('a value that differs, or is missing, is named by its sheet and cell', () => {
  const specs = [
    spec([
      [{ value: 'A', style: 'title' }],
      [
        { value: 'x', style: 'text' },
        { value: 7, style: 'int', formula: 'SUM(B3:B4)' },
      ],
    ]),
  ];
  const bytes = createWorkbook(specs);
  const changed = [
    spec([
      [{ value: 'A', style: 'title' }],
      [
        { value: 'x', style: 'text' },
        { value: 8, style: 'int' },
      ],
    ]),
  ];
  expect(verifyCreated(bytes, changed)).toEqual({ sheet: 'Tình hình nộp', cell: 'B2' });
  const more = [
    spec([
      [{ value: 'A', style: 'title' }],
      [
        { value: 'x', style: 'text' },
        { value: 7, style: 'int' },
        { value: 'y', style: 'text' },
      ],
    ]),
  ];
  // C2 was never written: the bytes miss a value the description holds.
  expect(verifyCreated(bytes, more)).toEqual({ sheet: 'Tình hình nộp', cell: 'C2' });
});

test('a sheet many times larger than what is read back at once: every cell compared, a difference near its end named', () => {
  // The seed appendix's rows, ten times over: about 400 KB of sheet XML, read back a few rows at a time.
  const body = Array.from({ length: 10 }, () => SEED_ROWS).flat();
  const rows = (changed: number | null): SheetSpec['rows'] => [
    [{ value: 'Phụ lục 2', style: 'title' }],
    ...body.map((r, i) => [
      { value: r.code || null, style: 'text' as const },
      { value: r.label || null, style: 'text' as const },
      { value: r.unit || null, style: 'text' as const },
      { value: i === changed ? `${r.note} (sửa)` : r.note || null, style: 'text' as const },
      { value: i, style: 'int' as const },
    ]),
  ];
  const specs = [{ ...spec(rows(null)), widths: [8, 60, 12, 20, 8] }];
  const bytes = createWorkbook(specs);
  const pkg = openPackage(bytes);
  expect(pkg.entries.get(pkg.sheets[0].path)!.usize).toBeGreaterThan(20 * 16 * 1024);
  expect(verifyCreated(bytes, specs)).toBeNull();
  // The package read whole gives every value the description holds.
  const whole = parseSheet(pkg, pkg.sheets[0].path, { cells: 100000 }).rows.flatMap((r) =>
    r.cells.map((c) => c.value).filter((v) => v !== null),
  );
  expect(whole).toEqual(
    specs[0].rows
      .flat()
      .map((c) => c.value)
      .filter((v) => v !== null),
  );
  const last = body.length - 3;
  expect(verifyCreated(bytes, [{ ...specs[0], rows: rows(last) }])).toEqual({ sheet: 'Tình hình nộp', cell: `D${last + 2}` });
});

describe('the read-back refuses a sheet part that is not well-formed, wherever the fault lies', () => {
  const body = Array.from({ length: 10 }, () => SEED_ROWS).flat();
  const specs = [
    {
      ...spec([
        [{ value: 'Phụ lục 2', style: 'title' }],
        ...body.map((r, i) => [
          { value: r.label || null, style: 'text' as const },
          { value: i, style: 'int' as const },
        ]),
      ]),
      widths: [60, 8],
    },
  ];
  const bytes = createWorkbook(specs);
  /**
   * The package with its sheet part's text changed by `edit`: compressed whole (read back whole), or
   * in pieces of `piece` bytes by the piecewise writer (read back a piece at a time, so the pieces'
   * ends fall anywhere in the rows, even inside a character).
   */
  const tampered = (edit: (xml: string) => string, piece?: number) => {
    const pkg = openPackage(bytes);
    const path = pkg.sheets[0].path;
    const xml = new TextEncoder().encode(edit(new TextDecoder().decode(inflateEntry(pkg.entries.get(path)!))));
    let entry = makeEntry(path, xml);
    const pieces = new Map<string, Piece[] | null>();
    if (piece) {
      const w = new EntryWriter(path);
      for (let o = 0; o < xml.length; o += piece) w.write(xml.slice(o, o + piece));
      const made = w.end();
      expect(made.pieces?.length).toBeGreaterThan(10);
      ({ entry } = made);
      pieces.set(path, made.pieces);
    }
    return { bytes: writeZip([...pkg.entries.values()].map((e) => (e.name === path ? entry : e))), pieces };
  };
  const damaged = (b: { bytes: Uint8Array; pieces: Map<string, Piece[] | null> }) => {
    try {
      return verifyCreated(b.bytes, specs, b.pieces);
    } catch (e) {
      return (e as WorkbookError).problem;
    }
  };

  test.each([
    ['whole', undefined],
    ['in pieces', 997],
  ])('untouched, read back %s, every cell in place', (_how, piece) => {
    expect(damaged(tampered((x) => x, piece))).toBeNull();
  });

  test('pieces that do not add up to the part, or a part whose bytes are not what its checksum says, are damaged', () => {
    const made = tampered((x) => x, 997);
    const path = [...made.pieces.keys()][0];
    const pieces = made.pieces.get(path) as Piece[];
    const withPieces = (p: Piece[]) => ({ bytes: made.bytes, pieces: new Map([[path, p]]) });
    const damagedPart = { code: 'file-format', format: 'damaged' };
    // A piece said to make one byte more, and the next one less: the sums still agree.
    expect(
      damaged(withPieces(pieces.map((p, k) => (k === 3 ? { ...p, usize: p.usize + 1 } : k === 4 ? { ...p, usize: p.usize - 1 } : p)))),
    ).toMatchObject(damagedPart);
    expect(damaged(withPieces(pieces.slice(1)))).toMatchObject(damagedPart);
    // The stored checksum changed (in the central directory and the local header): the bytes do not match it.
    const crcAt = (b: Uint8Array) => {
      const pkg = openPackage(b);
      const e = pkg.entries.get(path)!;
      return e.crc;
    };
    const crc = crcAt(made.bytes);
    const le = [crc & 0xff, (crc >>> 8) & 0xff, (crc >>> 16) & 0xff, crc >>> 24];
    const bad = made.bytes.slice();
    for (let i = 0; i + 4 <= bad.length; i++) if (le.every((b, j) => bad[i + j] === b)) bad[i] ^= 0x01;
    expect(crcAt(bad)).not.toBe(crc);
    for (const b of [
      { bytes: bad, pieces: made.pieces },
      { bytes: bad, pieces: new Map() },
    ])
      expect(damaged(b)).toMatchObject(damagedPart);
  });

  test.each([
    ['a cell left open far into the rows', (x: string) => x.replace(/(<row r="300"[^>]*>.*?<\/c>)/, (m) => m.replace(/<\/c>$/, ''))],
    ['a stray & in a text near the end', (x: string) => x.replace(/(<row r="400"[^>]*>.*?<t xml:space="preserve">)/, '$1& ')],
    ['a control character in the middle', (x: string) => x.replace('<row r="200"', '\u0001<row r="200"')],
    ['an end tag of an element never opened', (x: string) => x.replace('<row r="250"', '</x><x><row r="250"')],
    ['a comment never closed', (x: string) => x.replace('<row r="100"', '<!-- <row r="100"')],
    ['the part’s end cut off', (x: string) => x.replace('</worksheet>', '')],
    ['a second root after the part', (x: string) => `${x}<worksheet/>`],
    ['a tag broken before the rows', (x: string) => x.replace('<sheetFormatPr ', '<sheetFormatPr <')],
    ['an attribute without its value after the rows', (x: string) => x.replace('<pageSetup ', '<pageSetup fitToPage ')],
  ])('%s', (_name, edit) => {
    for (const piece of [undefined, 997]) {
      const b = tampered(edit, piece);
      expect(b.bytes).not.toEqual(bytes);
      expect(damaged(b)).toMatchObject({ code: 'file-format', format: 'damaged' });
    }
  });
});
