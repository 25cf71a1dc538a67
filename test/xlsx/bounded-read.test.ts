/**
 * The package port reads as the Excel adapter does: the probe inflates and scans only the top rows of
 * each sheet, the load reads only the sheets where a table was found — so a big data sheet beside the
 * appendix costs its first rows, and the report is the same as with the appendix alone.
 */
import { deflateSync, inflateSync, strToU8, unzipSync } from 'fflate';
import { readFileSync } from 'fs';
import { join } from 'path';
import { readTables } from '../../src/app/session';
import { run } from '../../src/cli/main';
import { collectGarbage, zlibCodec } from '../../src/cli/native';
import { check } from '../../src/core';
import { createPackagePort, openPackage } from '../../src/xlsx';
import { readSheetHead } from '../../src/xlsx/package';
import { fflateCodec } from '../../src/xlsx/fflate';
import { ZipEntry, crc32, inflateEntry, inflateTextHead, makeEntry, useCodec } from '../../src/xlsx/zip';
import { cellAttrs, pickAttrs } from '../../src/xlsx/xml';
import { makePackage, sheetXml } from './package';

const sample = readFileSync(join(__dirname, '..', '..', 'assets', 'sample-district-2021.xlsx'));

/** Rows 1..n of numbers in A:C: a data sheet of several megabytes once inflated. */
function dataSheet(n: number): string {
  const rows: string[] = [];
  for (let r = 1; r <= n; r++)
    rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}"><v>${r * 3}</v></c><c r="C${r}"><v>${r % 7}</v></c></row>`);
  return sheetXml(rows.join(''), '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>');
}

function entryOf(text: string, usize?: number): ZipEntry {
  const data = strToU8(text);
  return { name: 'xl/ws/s1.xml', method: 8, crc: crc32(data), csize: 0, usize: usize ?? data.length, raw: deflateSync(data) };
}

describe('reading only what recognition needs', () => {
  const big = dataSheet(60_000);

  test.each([
    ['fflate (the browser)', fflateCodec],
    ["Node's zlib (the CLI)", zlibCodec],
  ])('%s: a part is inflated a piece at a time and left as soon as the reader has enough', (_name, codec) => {
    useCodec(codec);
    try {
      const e = entryOf(big);
      let calls = 0;
      const head = inflateTextHead(e, () => ++calls >= 1);
      expect(head.complete).toBe(false);
      expect(head.text.length).toBeGreaterThan(0);
      expect(head.text.length).toBeLessThan(e.usize / 4);
      expect(big.startsWith(head.text)).toBe(true);
      // A reader that counts rows across calls (as the probe does) sees each row once, in order.
      const ends: number[] = [];
      const re = /<\/row>/g;
      let cursor = 0;
      const counted = inflateTextHead(e, (t) => {
        re.lastIndex = cursor;
        while (re.exec(t)) ends.push((cursor = re.lastIndex));
        return ends.length >= 5_000;
      });
      expect(counted.complete).toBe(false);
      expect(ends.length).toBeGreaterThanOrEqual(5_000);
      expect(ends.slice(0, 5_000)).toEqual([...big.matchAll(/<\/row>/g)].slice(0, 5_000).map((m) => (m.index as number) + 6));
      // Read to its end, it is the whole text; a header that declares less or more than the data holds is damaged, as is cut data.
      expect(inflateTextHead(e, () => false)).toEqual({ text: big, complete: true });
      for (const bad of [
        entryOf(big, big.length - 10),
        entryOf(big, big.length + 10),
        { ...e, raw: e.raw.subarray(0, e.raw.length - 100) },
      ])
        expect(() => inflateTextHead(bad, () => false)).toThrow(
          expect.objectContaining({ problem: expect.objectContaining({ code: 'file-format', format: 'damaged' }) }),
        );
    } finally {
      useCodec(zlibCodec);
    }
  });

  test("the CLI's native inflater keeps the same bounds: a part may not make more or fewer bytes than declared", () => {
    // `run` is imported above, so the CLI's inflater is the one in use here.
    const e = entryOf(big);
    expect(new TextDecoder().decode(inflateEntry(e))).toBe(big);
    for (const size of [big.length - 10, big.length + 10])
      expect(() => inflateEntry(entryOf(big, size))).toThrow(
        expect.objectContaining({ problem: expect.objectContaining({ code: 'file-format', format: 'damaged' }) }),
      );
  });

  test("the CLI's native deflater writes parts any reader inflates, with the CRC-32 of the reference code", () => {
    // Native is in use here (see above): makeEntry compresses with zlib.
    const data = new TextEncoder().encode(big);
    const e = makeEntry('xl/worksheets/sheet9.xml', data);
    expect(e.crc).toBe(crc32(data));
    expect(e.raw.length).toBeLessThan(data.length / 5);
    expect(new TextDecoder().decode(inflateSync(e.raw))).toBe(big);
    for (const bytes of [new Uint8Array(0), new Uint8Array([0xff]), new Uint8Array(70_000).map((_, i) => (i * 7919) & 0xff)]) {
      const x = makeEntry('a.bin', bytes);
      expect([x.crc, [...inflateSync(x.raw)].length]).toEqual([crc32(bytes), bytes.length]);
    }
  });

  test('the head of a big sheet: its first rows with content and the recorded dimension, not the rest', () => {
    const pkg = openPackage(makePackage([{ name: 'Data', xml: big.replace('<sheetData>', '<dimension ref="A1:C60000"/><sheetData>') }]));
    const head = readSheetHead(pkg, pkg.sheets[0].path, 40, { cells: 1_000_000 });
    expect(head.complete).toBe(false);
    expect(head.dimension).toBe('A1:C60000');
    expect(head.parsed.rows.map((r) => r.row)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    // A small sheet is read whole, merges included.
    const small = openPackage(makePackage([{ name: 'S', xml: dataSheet(50) }]));
    const whole = readSheetHead(small, small.sheets[0].path, 40, { cells: 1000 });
    expect(whole.complete).toBe(true);
    expect(whole.parsed.rows).toHaveLength(50);
    expect(whole.parsed.merges).toEqual(['A1:B1']);
  });

  test('rows that hold nothing do not count toward the head: it reaches the top of the data', () => {
    const empty = Array.from({ length: 100 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" s="2"/></row>`).join('');
    const data = Array.from({ length: 30_000 }, (_, i) => `<row r="${i + 200}"><c r="B${i + 200}"><v>${i}</v></c></row>`).join('');
    const pkg = openPackage(makePackage([{ name: 'S', xml: sheetXml(empty + data) }]));
    const head = readSheetHead(pkg, pkg.sheets[0].path, 40, { cells: 1_000_000 });
    expect(head.complete).toBe(false);
    expect(head.parsed.rows.filter((r) => r.cells.some((c) => c.value !== null)).map((r) => r.row)).toEqual(
      Array.from({ length: 40 }, (_, i) => i + 200),
    );
  });

  test('a big data sheet beside the appendix: probed by its top, never loaded, and the report is the same', async () => {
    const files = unzipSync(sample);
    const text = (p: string) => new TextDecoder().decode(files[p]);
    const strings = [...text('xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => m[1].replace(/<[^>]+>/g, ''));
    const appendix = { name: 'Phụ lục 2', xml: text('xl/worksheets/sheet1.xml') };
    const alone = createPackagePort(makePackage([appendix], { sharedStrings: strings }));
    const beside = createPackagePort(makePackage([{ name: 'Dữ liệu', xml: big }, appendix], { sharedStrings: strings }));
    const probe = await beside.probe();
    expect(probe.sheets.map((s) => [s.name, s.used, s.head.values.length])).toEqual([
      ['Dữ liệu', 'A1:XFD1048576', 40],
      ['Phụ lục 2', expect.stringMatching(/^A\d+:E146$/), 40],
    ]);
    const a = await readTables(alone);
    const b = await readTables(beside);
    expect(b.sheets.map((s) => s.name)).toEqual(['Phụ lục 2']);
    const [ra, rb] = [check(a, { file: 'x' }), check(b, { file: 'x' })];
    expect(rb.findings.length).toBeGreaterThan(0);
    expect(rb.findings).toEqual(ra.findings);
    expect(rb.indicators).toEqual(ra.indicators);
    expect(rb.tables).toEqual(ra.tables);
  });
});

describe('cchc check over many files', () => {
  test('a full collection is at hand between files: it gives back what the files left behind', () => {
    let garbage: number[][] | null = Array.from({ length: 200 }, () => Array.from({ length: 5000 }, (_, i) => i));
    const before = process.memoryUsage().heapUsed;
    garbage = null;
    collectGarbage();
    expect(garbage).toBeNull();
    expect(process.memoryUsage().heapUsed).toBeLessThan(before - 4_000_000);
  });

  test('the next file is not read before the reader has taken the last report', async () => {
    const events: string[] = [];
    let release: () => void = () => undefined;
    const io = {
      out: () => events.push('out'),
      err: () => undefined,
      readFile: async (p: string) => {
        events.push(`read ${p}`);
        return sample;
      },
      writeFile: async () => undefined,
      drain: () => {
        events.push('drain');
        return new Promise<void>((done) => (release = done));
      },
    };
    const running = run(['check', 'a.xlsx', 'b.xlsx'], io);
    await new Promise((r) => setTimeout(r, 50));
    expect(events).toEqual(['read a.xlsx', 'out', 'drain']);
    release();
    await new Promise((r) => setTimeout(r, 50));
    release();
    expect(await running).toBe(1);
    expect(events).toEqual(['read a.xlsx', 'out', 'drain', 'read b.xlsx', 'out', 'drain']);
  });
});

describe("a cell's attributes", () => {
  test('the direct reading agrees with the general one on every spelling, and falls back where it must', () => {
    const spellings = [
      ' r="A1" s="3" t="s"',
      ` r = 'B2'  t="inlineStr"`,
      'x:r="C3" s="1"',
      ' spans="1:5" r="7"',
      ' t="&quot;s" r="A&#49;"',
      '',
      ' r="A1" bogus s="2"',
      ' vm="1" r="B3"',
      ' cm="1" t="e" r="Z9"',
      ' r="A1"  s ="3"',
      '\nr="A1"\ts="3"',
      ' r="A1" r="B2"',
    ];
    for (const s of spellings) expect([s, cellAttrs(s)]).toEqual([s, pickAttrs(s, ['r', 's', 't'])]);
    expect(cellAttrs(' t="&quot;s" r="A&#49;"')).toEqual({ t: '"s', r: 'A1' });
  });
});
