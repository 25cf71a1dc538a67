/** A new workbook from sheet descriptions: what is written reads back as written, and a difference is named. */
import '../../src/cli/native';
import type { SheetSpec } from '../../src/core';
import { createWorkbook, storedText, verifyCreated } from '../../src/xlsx/create';
import type { WorkbookError } from '../../src/core';
import { openPackage, parseSheet } from '../../src/xlsx/package';
import { inflateEntry, makeEntry, writeZip } from '../../src/xlsx/zip';
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
  /** The package with its sheet part's text changed by `edit`. */
  const tampered = (edit: (xml: string) => string) => {
    const pkg = openPackage(bytes);
    const path = pkg.sheets[0].path;
    const xml = edit(new TextDecoder().decode(inflateEntry(pkg.entries.get(path)!)));
    return writeZip([...pkg.entries.values()].map((e) => (e.name === path ? makeEntry(path, new TextEncoder().encode(xml)) : e)));
  };
  const damaged = (b: Uint8Array) => {
    try {
      verifyCreated(b, specs);
    } catch (e) {
      return (e as WorkbookError).problem;
    }
    return null;
  };

  test('untouched, it reads back; every cell in place', () => {
    expect(damaged(tampered((x) => x))).toBeNull();
    expect(
      verifyCreated(
        tampered((x) => x),
        specs,
      ),
    ).toBeNull();
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
    const b = tampered(edit);
    expect(b).not.toEqual(bytes);
    expect(damaged(b)).toMatchObject({ code: 'file-format', format: 'damaged' });
  });
});
