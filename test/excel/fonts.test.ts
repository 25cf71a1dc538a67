/**
 * The Excel port learns the fonts of text cells: per cell where getCellProperties exists (ExcelApi
 * 1.9), per loaded region on older Excel; a TCVN3 sheet typed in .VnTime is then read as Unicode by
 * the core. A small host of its own: only the calls the font read makes, each checked.
 */
import { check, encode, parseRange, unicodeSheet } from '../../src/core';
import type { SheetSnapshot } from '../../src/core';
import type { ExcelHost } from '../../src/excel/host';
import { withTextFonts } from '../../src/excel/fonts';
import { buildAppendix } from '../fixtures/appendix';

/** A host whose every cell is in `font(row, col)`; `calls` counts what was asked. */
function host(version: '1.1' | '1.9', font: (row: number, col: number) => string) {
  const calls = { props: 0, whole: 0, syncs: 0 };
  const h: ExcelHost = {
    isSetSupported: (_name, v) => Number(v) <= Number(version),
    run: async (batch) =>
      batch({
        workbook: {
          worksheets: {
            getItem: () => ({
              getRange: (a1: string) => {
                const r = parseRange(a1);
                const names = new Set<string>();
                for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) names.add(font(row, col));
                return {
                  getCellProperties: () => {
                    if (version !== '1.9') throw new Error('getCellProperties needs ExcelApi 1.9');
                    calls.props++;
                    const value = [];
                    for (let row = r.top; row <= r.bottom; row++) {
                      const line = [];
                      for (let col = r.left; col <= r.right; col++) line.push({ format: { font: { name: font(row, col) } } });
                      value.push(line);
                    }
                    return { value };
                  },
                  format: {
                    font: {
                      load: () => calls.whole++,
                      get name() {
                        return names.size === 1 ? [...names][0] : null;
                      },
                    },
                  },
                };
              },
            }),
          },
        },
        sync: async () => {
          calls.syncs++;
        },
      } as unknown as Excel.RequestContext),
  };
  return { h, calls };
}

/** The seed appendix as Excel would hand its TCVN3 text over: the bytes as characters, no font. */
function tcvn3Sheet(): SheetSnapshot {
  const s = buildAppendix().sheet;
  return { ...s, values: s.values.map((r) => r.map((v) => (typeof v === 'string' ? (encode(v, 'tcvn3') ?? v) : v))) };
}

test('ExcelApi 1.9: each text cell its own font, one sync; the sheet then reads as its Unicode twin', async () => {
  const sheet = tcvn3Sheet();
  const { h, calls } = host('1.9', (_r, col) => (col === 5 ? 'Times New Roman' : '.VnTime'));
  const out = await withTextFonts(h, { sheets: [sheet] });
  expect(calls.syncs).toBe(1);
  expect(calls.props).toBeGreaterThan(0);
  const fonts = out.sheets[0].fonts!;
  expect(
    fonts
      .flat()
      .filter(Boolean)
      .every((f) => f === '.VnTime'),
  ).toBe(true);
  // Column E is in a Unicode font: no font recorded there.
  expect(fonts.every((r) => !r || r[4] === undefined)).toBe(true);
  const unicode = check({ sheets: [buildAppendix().sheet] });
  const read = check({ sheets: [unicodeSheet(out.sheets[0])] });
  expect(read.tables.map((t) => t.encoding)).toEqual(['tcvn3']);
  expect(read.indicators.map((i) => [i.code, i.value])).toEqual(unicode.indicators.map((i) => [i.code, i.value]));
});

test('ExcelApi 1.1: the region as a whole, when it is all in one old font', async () => {
  const { h, calls } = host('1.1', () => '.VnTime');
  const out = await withTextFonts(h, { sheets: [tcvn3Sheet()] });
  expect([calls.props, calls.whole, calls.syncs]).toEqual([0, 1, 1]);
  expect(out.sheets[0].fonts?.flat().filter(Boolean).length).toBeGreaterThan(100);
});

test('ExcelApi 1.1, fonts mixed in the region: nothing recorded (the characters decide)', async () => {
  const { h } = host('1.1', (_r, col) => (col === 1 ? 'Arial' : '.VnTime'));
  const sheet = tcvn3Sheet();
  const out = await withTextFonts(h, { sheets: [sheet] });
  expect(out.sheets[0]).toBe(sheet);
});

test('a Unicode workbook in Unicode fonts: no font recorded', async () => {
  const sheet = buildAppendix().sheet;
  const { h } = host('1.9', () => 'Times New Roman');
  const out = await withTextFonts(h, { sheets: [sheet] });
  expect(out.sheets[0]).toBe(sheet);
});
