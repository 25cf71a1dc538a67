/**
 * `cchc fix IN -o OUT --unicode` on the seed workbook typed in TCVN3 and in VNI-Windows: read back
 * by independent readers (ExcelJS for cells and fonts, JSZip for the parts), every converted cell
 * holds the Unicode seed's text, in the Unicode font with its size and weight kept, and nothing else
 * changed; Hoàn tác puts the old text and fonts back.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { undo } from '../../src/app/actions';
import { save } from '../../src/app/save';
import { WorkbookSnapshot } from '../../src/core';
import { createPackagePort } from '../../src/xlsx';
import { buildAppendix } from '../fixtures/appendix';
import { SAMPLE_EDITS } from '../fixtures/make-sample';
import { buildUnits } from '../fixtures/units';
import { legacyXlsx } from '../fixtures/legacy';
import { snapshotToXlsx } from '../helpers/xlsx';
import { cli } from '../helpers/cli';

const dir = mkdtempSync(join(tmpdir(), 'cchc-unicode-'));
const full: WorkbookSnapshot = {
  sheets: [buildAppendix({ edits: SAMPLE_EDITS }).sheet, buildUnits('tally').sheet, buildUnits('sipas').sheet],
};

interface Cell {
  text: string | number | null;
  fonts: string[];
  size: number[];
  bold: boolean[];
  numFmt: string;
}

/** Every cell of every sheet as ExcelJS reads it: its text (runs joined), the fonts, sizes and weights of the cell or of its runs. */
async function cellsOf(data: Uint8Array): Promise<Map<string, Cell>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const out = new Map<string, Cell>();
  for (const ws of wb.worksheets) {
    if (ws.state === 'veryHidden') continue;
    ws.eachRow((row) =>
      row.eachCell((c) => {
        // A merged area's covered cells give the first one's value: they hold none of their own.
        const v = c.master.address === c.address ? (c.value as ExcelJS.CellValue) : null;
        const rich = v && typeof v === 'object' && 'richText' in v ? v.richText : null;
        const fonts = rich ? rich.map((r) => r.font ?? c.font ?? {}) : [c.font ?? {}];
        out.set(`${ws.name}!${c.address}`, {
          text: rich ? rich.map((r) => r.text).join('') : typeof v === 'string' || typeof v === 'number' ? v : null,
          fonts: fonts.map((f) => f.name ?? ''),
          size: fonts.map((f) => f.size ?? 0),
          bold: fonts.map((f) => !!f.bold),
          numFmt: c.numFmt ?? '',
        });
      }),
    );
  }
  return out;
}

async function convert(input: Uint8Array, name: string) {
  const inPath = join(dir, `${name}.xlsx`);
  const outPath = join(dir, `${name}-unicode.xlsx`);
  writeFileSync(inPath, input);
  const run = await cli('fix', inPath, '-o', outPath, '--unicode', '--lang', 'en');
  return { run, out: readFileSync(outPath) };
}

describe.each(['tcvn3', 'vni'] as const)('typed in %s', (style) => {
  let input: Buffer;
  let output: Buffer;
  let unicode: Map<string, Cell>;
  let before: Map<string, Cell>;
  let after: Map<string, Cell>;
  let printed = '';
  beforeAll(async () => {
    input = await legacyXlsx(full, style);
    const done = await convert(input, style);
    expect(done.run.status).toBe(1); // the sample's planted errors remain
    printed = done.run.out;
    output = done.out;
    unicode = await cellsOf(await snapshotToXlsx(full));
    before = await cellsOf(input);
    after = await cellsOf(output);
  });

  test('every text cell holds the Unicode seed text, NFC', () => {
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    let texts = 0;
    for (const [key, u] of unicode) {
      const a = after.get(key)!;
      expect([key, a.text]).toEqual([key, u.text]);
      if (typeof a.text === 'string') {
        texts++;
        expect(a.text.normalize('NFC')).toBe(a.text);
      }
    }
    expect(texts).toBeGreaterThan(300);
    expect(printed).toMatch(/^Converted \d+ cells from/m);
  });

  test("every text cell's old font replaced by its Unicode font; sizes and weights kept; other cells as they were", () => {
    let replaced = 0;
    for (const [key, b] of before) {
      const a = after.get(key)!;
      if (typeof b.text !== 'string') {
        // Numbers and empty cells (the covered cells of a merged title) keep their fonts.
        expect([key, a]).toEqual([key, b]);
        continue;
      }
      const legacy = b.fonts.map((f) => /^\.vn|^vni-/i.test(f));
      if (legacy.some(Boolean)) replaced++;
      expect([key, a.fonts]).toEqual([key, b.fonts.map((f, i) => (legacy[i] ? 'Times New Roman' : f))]);
      expect([key, a.size, a.bold, a.numFmt]).toEqual([key, b.size, b.bold, b.numFmt]);
    }
    expect(replaced).toBeGreaterThan(300);
  });

  test('nothing else changed: numbers, merges, widths, and the parts not converted byte for byte', async () => {
    for (const [key, b] of before) if (typeof b.text === 'number') expect([key, after.get(key)!.text]).toEqual([key, b.text]);
    const load = async (d: Uint8Array) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(d as unknown as ArrayBuffer);
      return wb.worksheets
        .filter((w) => w.state !== 'veryHidden')
        .map((w) => ({
          name: w.name,
          merges: Object.keys((w as unknown as { _merges: object })._merges).sort(),
          widths: w.columns?.map((c) => c.width),
        }));
    };
    expect(await load(output)).toEqual(await load(input));
    const zi = await JSZip.loadAsync(input);
    const zo = await JSZip.loadAsync(output);
    const mayChange = /^xl\/(worksheets\/sheet\d+\.xml|styles\.xml|workbook\.xml|_rels\/workbook\.xml\.rels)$|^\[Content_Types\]\.xml$/;
    for (const name of Object.keys(zi.files)) {
      if (zi.files[name].dir || mayChange.test(name)) continue;
      expect([name, await zo.file(name)!.async('base64')]).toEqual([name, await zi.file(name)!.async('base64')]);
    }
  });
});

test('Hoàn tác puts the old text and fonts back (a workbook whose conversion fits in the stored state)', async () => {
  const small: WorkbookSnapshot = { sheets: [buildUnits('tally').sheet] };
  const input = await legacyXlsx(small, 'tcvn3');
  const { run, out } = await convert(input, 'tally');
  expect(run.out).toMatch(/Click Undo/);
  const port = createPackagePort(out);
  const undone = await undo(port, { lang: 'en' });
  expect(undone.status).toBe('done');
  expect(undone.notes[0].code).toBe('undone');
  const saved = save(port, out);
  expect(saved.status).toBe('done');
  const back = await cellsOf((saved as { bytes: Uint8Array }).bytes);
  const before = await cellsOf(input);
  for (const [key, b] of before) {
    const a = back.get(key)!;
    expect([key, a.text, a.fonts, a.size, a.bold]).toEqual([key, b.text, b.fonts, b.size, b.bold]);
  }
});

test('a Unicode workbook: nothing to convert, nothing written but the file itself', async () => {
  const input = await snapshotToXlsx(full);
  const { run, out } = await convert(input, 'unicode');
  expect(run.out).toMatch(/nothing to convert/);
  expect(Buffer.compare(out, input)).toBe(0);
});

test.each([['--previous', join(dir, 'last.xlsx')], ['--rubric', join(dir, 'rubric.xlsx')], ['--no-highlight']])(
  '--unicode with %s is refused before anything is read or written: the other option would be dropped without a word',
  async (...option) => {
    const inPath = join(dir, 'refused-in.xlsx');
    const outPath = join(dir, `refused-${option[0].slice(2)}.xlsx`);
    writeFileSync(inPath, await legacyXlsx(full, 'tcvn3'));
    const run = await cli('fix', inPath, '-o', outPath, '--unicode', ...option);
    expect(run.status).toBe(2);
    expect(run.err).toContain(
      `--unicode chỉ chuyển chữ gõ bằng TCVN3 hoặc VNI sang Unicode, không làm gì khác: không dùng cùng ${option[0]}`,
    );
    expect(run.err).toContain(`it does not go with ${option[0]}`);
    expect(existsSync(outPath)).toBe(false);
  },
);
