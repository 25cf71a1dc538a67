/** A sheet with rows of a report's text inserted above everything it holds (a table pushed down the sheet). */
import { CellValue, SheetSnapshot, parseRange, rangeToA1 } from '../../src/core';

/** Plain sentences without a year, an office or a header word: what a report says before its appendix. */
export const reportLine = (i: number): string => `Đoạn ${i} của báo cáo: các đơn vị đã thực hiện đầy đủ các nhiệm vụ được giao.`;

export function withTextAbove(sheet: SheetSnapshot, rows: number): SheetSnapshot {
  const width = Math.max(1, ...sheet.values.map((r) => r?.length ?? 0));
  const blank = <T>(v: T): T[][] => Array.from({ length: rows }, () => Array.from({ length: width }, () => v));
  const text: CellValue[][] = Array.from({ length: rows }, (_, i) => [reportLine(i + 1), ...Array.from({ length: width - 1 }, () => null)]);
  const shift = (m: string) => {
    const r = parseRange(m);
    return rangeToA1({ ...r, top: r.top + rows, bottom: r.bottom + rows });
  };
  return {
    ...sheet,
    values: [...text, ...sheet.values],
    ...(sheet.formats ? { formats: [...blank('General'), ...sheet.formats] } : {}),
    ...(sheet.formulas ? { formulas: [...blank<string | null>(null), ...sheet.formulas] } : {}),
    merges: sheet.merges.map(shift),
  };
}
