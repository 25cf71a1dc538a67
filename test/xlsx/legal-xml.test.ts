/**
 * Legal XML the scanner once misread, on the real sample: a raw `>` inside a number format's quoted
 * formatCode and a commented-out `<sheet>` in workbook.xml. The sample so changed checks as the sample
 * does, and fix writes it losslessly: every part the fix of the plain sample leaves alone is byte for
 * byte the input's, and the parts it writes keep the comment and the format as they were.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { openPackage } from '../../src/xlsx/package';
import { cli } from '../helpers/cli';

const SAMPLE = join(__dirname, '../../assets/sample-district-2021.xlsx');
const FORMAT = '<numFmts count="1"><numFmt numFmtId="164" formatCode="[>=100]0"/></numFmts>';
const COMMENT = '<!-- <sheet name="Old" sheetId="9" r:id="rId99"/> -->';

function modified(original: Uint8Array): Uint8Array {
  const files = unzipSync(original);
  const styles = strFromU8(files['xl/styles.xml']);
  // The format before the fonts (the schema's order), and an xf that uses it at the end of cellXfs.
  const withFormat = styles
    .replace('<fonts', `${FORMAT}<fonts`)
    .replace(/<cellXfs count="(\d+)">([\s\S]*?)<\/cellXfs>/, (_, n: string, inner: string) => {
      return `<cellXfs count="${Number(n) + 1}">${inner}<xf numFmtId="164" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/></cellXfs>`;
    });
  expect(withFormat).not.toBe(styles);
  files['xl/styles.xml'] = strToU8(withFormat);
  const book = strFromU8(files['xl/workbook.xml']);
  files['xl/workbook.xml'] = strToU8(book.replace('<sheets>', `<sheets>${COMMENT}`));
  return zipSync(files);
}

const reportOf = (out: string) => JSON.parse(out).map(({ file: _, ...rest }: { file: string }) => rest);

describe('a > in a number format and a commented-out <sheet>: checked and fixed losslessly', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-legal-'));
  const original = readFileSync(SAMPLE);
  const input = join(dir, 'changed.xlsx');
  writeFileSync(input, modified(original));

  test('the reader sees the format whole and no sheet "Old"', () => {
    const pkg = openPackage(readFileSync(input));
    expect(pkg.sheets.map((s) => s.name)).toEqual(['Phụ lục 2', 'Phiếu điều tra', 'SIPAS']);
    expect(pkg.styles.numFmt[pkg.styles.numFmt.length - 1]).toBe('[>=100]0');
  });

  test('check reports what it reports for the sample', async () => {
    const a = await cli('check', '--json', SAMPLE);
    const b = await cli('check', '--json', input);
    expect(b.status).toBe(a.status);
    expect(reportOf(b.out)).toEqual(reportOf(a.out));
  });

  test('fix writes every part it does not change byte for byte, and keeps the comment and the format', async () => {
    const plainOut = join(dir, 'plain-fixed.xlsx');
    const out = join(dir, 'changed-fixed.xlsx');
    const a = await cli('fix', SAMPLE, '-o', plainOut);
    const b = await cli('fix', input, '-o', out);
    expect([b.status, b.err, b.out]).toEqual([a.status, a.err, a.out.replace(plainOut, out)]);
    const before = unzipSync(original);
    const plainFixed = unzipSync(readFileSync(plainOut));
    const changed = unzipSync(readFileSync(input));
    const fixed = unzipSync(readFileSync(out));
    expect(Object.keys(fixed)).toEqual(Object.keys(plainFixed));
    const same = (x: Uint8Array, y: Uint8Array) => Buffer.from(x).equals(Buffer.from(y));
    // Folders are no parts (the writer leaves their entries out).
    const untouched = Object.keys(before).filter((name) => !name.endsWith('/') && same(before[name], plainFixed[name]));
    expect(untouched.length).toBeGreaterThan(5);
    for (const name of untouched) expect([name, same(fixed[name], changed[name])]).toEqual([name, true]);
    // The parts the fix writes keep what it did not mean to change.
    expect(strFromU8(fixed['xl/workbook.xml'])).toContain(COMMENT);
    expect(strFromU8(fixed['xl/styles.xml'])).toContain(FORMAT);
    // And the cells of the fixed files read the same.
    const ra = await cli('check', '--json', plainOut);
    const rb = await cli('check', '--json', out);
    expect(reportOf(rb.out)).toEqual(reportOf(ra.out));
  });
});
