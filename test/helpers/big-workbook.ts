/** A large plain data workbook (the kind an office keeps beside its appendix), written as raw package parts. */
import { makePackage, sheetXml } from '../xlsx/package';

const COLS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** One sheet "Dữ liệu" of `rows` × `cols` (≤ 26): a text column of unit names, then numbers. */
export function bigWorkbook(rows: number, cols: number): Uint8Array {
  const out: string[] = [];
  for (let r = 1; r <= rows; r++) {
    const cells = [`<c r="A${r}" t="inlineStr"><is><t>Đơn vị ${r}</t></is></c>`];
    for (let c = 1; c < cols; c++) cells.push(`<c r="${COLS[c]}${r}"><v>${(r * 31 + c * 7) % 1000}</v></c>`);
    out.push(`<row r="${r}">${cells.join('')}</row>`);
  }
  return makePackage([{ name: 'Dữ liệu', xml: sheetXml(out.join('')) }]);
}
