/** Files that are not workbooks say what they are: an empty file, a CSV export, other text. */
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { WorkbookError, problemMessage } from '../../src/core';
import { openPackage } from '../../src/xlsx/package';
import { cli } from '../helpers/cli';

const formatOf = (data: Uint8Array) => {
  try {
    openPackage(data);
  } catch (e) {
    if (e instanceof WorkbookError && e.problem.code === 'file-format') return e.problem.format;
    throw e;
  }
  return null;
};

const text = (s: string) => new TextEncoder().encode(s);

describe('not a workbook, named for what it is', () => {
  test.each([
    ['an empty file', new Uint8Array(0), 'empty'],
    ['a CSV export with commas', text('STT,Chỉ tiêu,Số liệu\n1,Số văn bản,12\n'), 'csv'],
    ['a CSV export with semicolons (Excel in Vietnamese)', text('STT;Chỉ tiêu;Số liệu\r\n1;Số văn bản;12\r\n'), 'csv'],
    ['a tab-separated export', text('STT\tChỉ tiêu\n1\tSố văn bản\n'), 'csv'],
    ['a note in plain text', text('Ghi chú của phòng\n'), 'not-zip'],
    ['binary that is no zip', new Uint8Array([0x00, 0x01, 0x2c, 0x02]), 'not-zip'],
  ])('%s', (_, data, format) => {
    expect(formatOf(data)).toBe(format);
  });

  test('the CLI says so in one line, with the advice to save as .xlsx, and checks the other files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-formats-'));
    writeFileSync(join(dir, 'rong.xlsx'), '');
    writeFileSync(join(dir, 'bang.csv'), 'STT;Chỉ tiêu;Số liệu\n1;Số văn bản;12\n');
    const r = await cli('check', join(dir, 'rong.xlsx'), join(dir, 'bang.csv'), '--json');
    expect(r.status).toBe(2);
    const lines = r.err.split('\n');
    expect(lines).toEqual([
      `cchc: rong.xlsx: ${problemMessage({ code: 'file-format', format: 'empty', changed: 'nothing' }, 'vi')}`,
      `cchc: bang.csv: ${problemMessage({ code: 'file-format', format: 'csv', changed: 'nothing' }, 'vi')}`,
    ]);
    expect(lines[1]).toMatch(/lưu lại dạng \.xlsx/);
    // The text report says it once: on stderr, not again on stdout.
    const sample = join(__dirname, '..', '..', 'assets', 'sample-district-2021.xlsx');
    const t = await cli('check', join(dir, 'bang.csv'), sample);
    expect(t.err.split('\n')).toHaveLength(1);
    expect(t.out).not.toMatch(/CSV/);
    expect(t.out).toMatch(/^.*sample-district-2021\.xlsx$/m);
  });
});
