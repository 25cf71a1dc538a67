import { GRID_COLS, GRID_ROWS, parseRange, quoteSheetName, sheetAddress, sheetArea, splitAreas } from '../../../src/core';

describe('addresses as Excel writes them', () => {
  test('merged areas of a sheet whose name holds a comma and an apostrophe', () => {
    const name = "Phụ lục 2, năm 2021 (BHXH's)";
    const list = `${sheetAddress(name, 'A1:B2')},${sheetAddress(name, 'C3')}`;
    expect(list).toBe("'Phụ lục 2, năm 2021 (BHXH''s)'!A1:B2,'Phụ lục 2, năm 2021 (BHXH''s)'!C3");
    expect(splitAreas(list)).toEqual([
      { sheet: name, range: 'A1:B2' },
      { sheet: name, range: 'C3' },
    ]);
  });
  test('plain names, absolute references, no sheet', () => {
    expect(splitAreas('Sheet1!$A$1:$B$2,Sheet1!C3')).toEqual([
      { sheet: 'Sheet1', range: 'A1:B2' },
      { sheet: 'Sheet1', range: 'C3' },
    ]);
    expect(splitAreas('A1, B2:C3')).toEqual([
      { sheet: null, range: 'A1' },
      { sheet: null, range: 'B2:C3' },
    ]);
    expect(splitAreas('')).toEqual([]);
    expect(sheetArea("'Bảng 1'!$D$57")).toEqual({ sheet: 'Bảng 1', range: 'D57' });
  });
  test('quoting: only where Excel needs it', () => {
    expect(quoteSheetName('Sheet1')).toBe('Sheet1');
    expect(quoteSheetName('Phụ lục 2')).toBe("'Phụ lục 2'");
    expect(quoteSheetName('A1')).toBe("'A1'");
  });
  test('malformed lists throw a named error', () => {
    expect(() => splitAreas("'unterminated!A1")).toThrow('Invalid cell address');
    expect(() => splitAreas('Sheet1!A1:')).toThrow('Invalid cell address');
    expect(() => sheetArea('A1,B2')).toThrow('Invalid cell address');
  });
});

describe('whole rows and columns, as Excel returns them for such ranges', () => {
  test("'Thang điểm'!1:29 and A:C parse as the rows or columns across the grid", () => {
    expect(sheetArea("'Thang điểm'!1:29")).toEqual({ sheet: 'Thang điểm', range: '1:29' });
    expect(parseRange(sheetArea("'Thang điểm'!$1:$29").range)).toEqual({ top: 1, bottom: 29, left: 1, right: GRID_COLS });
    expect(parseRange('A:C')).toEqual({ top: 1, bottom: GRID_ROWS, left: 1, right: 3 });
    expect(parseRange("'Phụ lục 2'!$C:$A")).toEqual({ top: 1, bottom: GRID_ROWS, left: 1, right: 3 });
    expect(splitAreas('Dữ liệu!A:C,Dữ liệu!5:5').map((a) => a.range)).toEqual(['A:C', '5:5']);
  });

  test('rows past the grid and mixed forms are still refused', () => {
    expect(() => parseRange('1:1048577')).toThrow(/Invalid cell address/);
    expect(() => parseRange('A:5')).toThrow(/Invalid cell address/);
    expect(() => parseRange('XFE:XFE')).toThrow(/Invalid cell address/);
  });
});
