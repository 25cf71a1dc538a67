/**
 * The product's state in a workbook file: its JSON cut over column A of the very hidden state sheet
 * so that no cell holds more than Excel takes (a cell over 32,767 characters makes Excel call the
 * whole file damaged). A check with 8,000 highlights on seed 002's tally, saved, read back by
 * independent readers; cleared, the cells of the longer state are emptied.
 */
import JSZip from 'jszip';
import { check, clearHighlights } from '../../src/app/actions';
import { storedState } from '../../src/core';
import { save } from '../../src/app/save';
import { STATE_SHEET_NAME, createPackagePort, openPackage } from '../../src/xlsx';
import { STATE_CELL_CHARS, readState, stateCells } from '../../src/xlsx/package';
import { buildAppendix } from '../fixtures/appendix';
import { SAMPLE_EDITS } from '../fixtures/make-sample';
import { buildUnits } from '../fixtures/units';
import { snapshotToXlsx } from '../helpers/xlsx';

/** Excel's limit on a cell's text. */
const EXCEL_CELL_CHARS = 32_767;

const unescape = (s: string) =>
  s.replace(/&(quot|amp|lt|gt|apos|#x?[0-9a-f]+);/gi, (_m, e: string) =>
    e === 'quot'
      ? '"'
      : e === 'amp'
        ? '&'
        : e === 'lt'
          ? '<'
          : e === 'gt'
            ? '>'
            : e === 'apos'
              ? "'"
              : String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1))),
  );

test('stateCells: the pieces join to the JSON, each within the limit as written in XML, no surrogate pair split', () => {
  const record = { sheet: 'Thống kê "A" & <B> 📊', cell: 'F12', kind: 'error', original: null };
  const json = JSON.stringify({ version: 1, highlights: Array.from({ length: 3000 }, () => record), filled: [] });
  const pieces = stateCells(json);
  expect(pieces.length).toBeGreaterThan(5);
  expect(pieces.join('')).toBe(json);
  for (const p of pieces) {
    const xmlLength = p.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').length;
    expect(xmlLength).toBeLessThanOrEqual(STATE_CELL_CHARS + 6);
    expect(p.length).toBeLessThanOrEqual(EXCEL_CELL_CHARS);
    const first = p.charCodeAt(0);
    expect(first >= 0xdc00 && first <= 0xdfff).toBe(false);
  }
  expect(stateCells('')).toEqual([]);
});

describe('a check with 8,000 highlights, saved', () => {
  const units = 8000;
  let input: Uint8Array;
  let checked: Uint8Array;

  beforeAll(async () => {
    const built = buildUnits('tally');
    const s = built.sheet;
    const seedUnits = s.values.slice(built.headerRow).filter((r) => /^\d+$/.test(String(r[0] ?? '')));
    // Seed 002's units down 8,000 rows, each with a planted wrong "Số phiếu không hợp lệ".
    const rows = Array.from({ length: units }, (_, i) => {
      const r = [...seedUnits[i % seedUnits.length]];
      r[0] = String(i + 1);
      r[5] = '1';
      return r;
    });
    const tally = {
      ...s,
      values: [...s.values.slice(0, built.headerRow), ...rows],
      formulas: undefined,
      fills: undefined,
      formats: undefined,
    };
    input = await snapshotToXlsx({ sheets: [buildAppendix({ edits: SAMPLE_EDITS }).sheet, tally] });
    const port = createPackagePort(input);
    const o = await check(port, { lang: 'vi' });
    expect(o.status).toBe('done');
    const saved = save(port, input);
    if (saved.status !== 'done') throw new Error(saved.status);
    checked = saved.bytes;
  }, 120_000);

  /** The state sheet's cells in column A, as the sheet's XML holds them (text unescaped) and as written. */
  async function stateSheetTexts(bytes: Uint8Array): Promise<{ ref: string; text: string; written: number }[]> {
    const pkg = openPackage(bytes);
    const sheet = pkg.sheets.find((x) => x.name === STATE_SHEET_NAME);
    if (!sheet) return [];
    const xml = await (await JSZip.loadAsync(bytes)).file(sheet.path)!.async('string');
    return [...xml.matchAll(/<c r="(A\d+)"[^>]*>(?:<is>)?<t[^>]*>([^<]*)<\/t>/g)].map((m) => ({
      ref: m[1],
      text: unescape(m[2]),
      written: m[2].length,
    }));
  }

  test('every text of every sheet is within what an Excel cell holds, even as written in the XML; the state is whole', async () => {
    const zip = await JSZip.loadAsync(checked);
    for (const name of Object.keys(zip.files).filter((n) => /^xl\/(worksheets\/.*|sharedStrings)\.xml$/.test(n))) {
      const xml = await zip.file(name)!.async('string');
      for (const m of xml.matchAll(/<t[^>]*>([^<]*)<\/t>/g)) {
        expect(unescape(m[1]).length).toBeLessThanOrEqual(EXCEL_CELL_CHARS);
        expect(m[1].length).toBeLessThanOrEqual(EXCEL_CELL_CHARS);
      }
    }
    const cells = await stateSheetTexts(checked);
    expect(cells.length).toBeGreaterThan(1);
    expect(cells.map((c) => c.ref)).toEqual(cells.map((_, i) => `A${i + 1}`));
    const state = readState(openPackage(checked)).state;
    expect(state?.highlights.length).toBeGreaterThanOrEqual(units);
    expect(storedState(state!)).toBe(cells.map((c) => c.text).join(''));
  });

  test('cleared, the state shrinks to what is left and the cells of the longer state are emptied', async () => {
    const port = createPackagePort(checked);
    const o = await clearHighlights(port);
    expect(o.status).toBe('done');
    const saved = save(port, checked);
    if (saved.status !== 'done') throw new Error(saved.status);
    const cells = await stateSheetTexts(saved.bytes);
    const state = readState(openPackage(saved.bytes)).state;
    expect(state?.highlights ?? []).toEqual([]);
    expect(cells.length).toBeLessThanOrEqual(1);
    expect(cells.map((c) => c.text).join('')).toBe(state ? storedState(state) : '');
  });
});
