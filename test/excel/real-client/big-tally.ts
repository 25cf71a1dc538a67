/**
 * A units table whose check gives 10,000 highlights: seed 002's survey-form tally (Đắk Nông 2020), its
 * eight units repeated down 10,000 rows, each with a planted wrong "Số phiếu không hợp lệ" (1 where
 * returned minus valid is 0), so Kiểm tra highlights that cell on every row.
 */
import { CellValue } from '../../../src/core';
import { buildUnits } from '../../fixtures/units';
import { FakeSheet } from '../fake-excel';

export const BIG_TALLY_UNITS = 10000;

export function bigTally(units = BIG_TALLY_UNITS): { sheet: FakeSheet; cells: string[]; name: string } {
  const built = buildUnits('tally');
  const s = built.sheet;
  const head = s.values.slice(0, built.headerRow);
  const seedUnits = s.values.slice(built.headerRow).filter((r) => /^\d+$/.test(String(r[0] ?? '')));
  const rows: CellValue[][] = Array.from({ length: units }, (_, i) => {
    const r = [...seedUnits[i % seedUnits.length]];
    r[0] = String(i + 1);
    r[5] = '1';
    return r;
  });
  const sheet = FakeSheet.from({ ...s, values: [...head, ...rows], formulas: undefined, fills: undefined, formats: undefined });
  return { sheet, cells: rows.map((_, i) => `F${built.headerRow + 1 + i}`), name: s.name };
}
