/** A large plain data workbook (the kind an office keeps beside its appendix), written as raw package parts. */
import { readFileSync } from 'fs';
import { join } from 'path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { RNS, makePackage, sheetXml } from '../xlsx/package';

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

/**
 * The real sample with a sheet "Dữ liệu" of `rows` × `cols` plain data added after its tables: a
 * workbook whose tables are small and whose size is all in a sheet no plan touches.
 */
export function sampleWithBigSheet(rows: number, cols: number): Uint8Array {
  const files = unzipSync(readFileSync(join(__dirname, '../../assets/sample-district-2021.xlsx')));
  const out: string[] = [];
  for (let r = 1; r <= rows; r++) {
    let row = `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>Đơn vị ${r}</t></is></c>`;
    for (let c = 1; c < cols; c++) row += `<c r="${COLS[c]}${r}"><v>${(r * 31 + c * 7) % 1000}</v></c>`;
    out.push(`${row}</row>`);
  }
  files['xl/worksheets/data.xml'] = strToU8(sheetXml(out.join('')));
  const edit = (name: string, f: (s: string) => string) => (files[name] = strToU8(f(strFromU8(files[name]))));
  edit('xl/_rels/workbook.xml.rels', (s) =>
    s.replace('</Relationships>', `<Relationship Id="rIdData" Type="${RNS}/worksheet" Target="worksheets/data.xml"/></Relationships>`),
  );
  edit('xl/workbook.xml', (s) => s.replace('</sheets>', `<sheet name="Dữ liệu" sheetId="99" r:id="rIdData"/></sheets>`));
  edit('[Content_Types].xml', (s) =>
    s.replace(
      '</Types>',
      '<Override PartName="/xl/worksheets/data.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
  );
  return zipSync(files, { level: 6 });
}
