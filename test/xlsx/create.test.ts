/** A new workbook from sheet descriptions: what is written reads back as written, and a difference is named. */
import '../../src/cli/native';
import type { SheetSpec } from '../../src/core';
import { createWorkbook, storedText, verifyCreated } from '../../src/xlsx/create';
import { openPackage, parseSheet } from '../../src/xlsx/package';

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
