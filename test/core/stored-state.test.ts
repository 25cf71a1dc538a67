/** The state as a workbook stores it: highlights in runs (version 2), read back exactly; version 1 still reads. */
import { HighlightRecord, ProductState, parseProductState, readProductState, storedState } from '../../src/core';

const yellow = { color: '#FFFF00' };
const pattern = { color: '#DDEBF7', pattern: 'LightDown', patternColor: '#5B9BD5', patternTint: -0.25, tint: 0.4 };

/** 10,000 highlights as a check of seed 002's tally repeated down 10,000 rows gives them, with a few fills the user had. */
function state(): ProductState {
  const highlights: HighlightRecord[] = [];
  for (let r = 0; r < 10_000; r++)
    highlights.push({
      sheet: 'Phiếu điều tra',
      cell: `F${9 + r}`,
      kind: 'error',
      original: r % 997 === 0 ? yellow : r % 1499 === 0 ? pattern : null,
    });
  highlights.push({ sheet: 'Phụ lục 2', cell: 'E12', kind: 'below', original: null });
  highlights.push({ sheet: 'Phụ lục 2', cell: 'E13', kind: 'warning', original: null });
  highlights.push({ sheet: "Thống kê 'A', B", cell: 'C3', kind: 'filled', original: yellow });
  return {
    version: 1,
    highlights,
    filled: [{ sheet: 'Phụ lục 2', cell: 'G14', formula: '=IF(E14=0,"",F14/E14*100)' }],
    undo: [
      {
        action: 'quick-fix',
        rule: 'tally.invalid',
        code: '1',
        cells: [{ sheet: 'Phiếu điều tra', cell: 'F9', value: 1, formula: null, numberFormat: 'General', written: 0 }],
      },
    ],
    sheets: [{ name: 'Khắc phục 2021', kind: 'remediation' }],
  };
}

test('stored and read back, the state is the same, highlights in their order', () => {
  const s = state();
  const text = storedState(s);
  expect(parseProductState(text)).toEqual(s);
  expect(readProductState(text)).toEqual({ state: s, problem: null });
});

test('about 6 bytes a highlighted cell, not about 90', () => {
  const s = state();
  const bytes = new TextEncoder().encode(storedState(s)).length;
  expect(bytes / s.highlights.length).toBeLessThan(8);
  expect(new TextEncoder().encode(JSON.stringify(s)).length / s.highlights.length).toBeGreaterThan(60);
});

test('a state stored whole (version 1) still reads', () => {
  const s = state();
  expect(parseProductState(JSON.stringify(s))).toEqual(s);
  expect(readProductState(JSON.stringify(s)).problem).toBeNull();
});

test('an empty state; a damaged run; a newer version', () => {
  const empty: ProductState = { version: 1, highlights: [], filled: [] };
  expect(parseProductState(storedState(empty))).toEqual(empty);
  const bad = JSON.parse(storedState(state()));
  bad.highlights[1][2] = 99; // a fill index with no fill
  expect(readProductState(JSON.stringify(bad))).toEqual({ state: null, problem: 'damaged' });
  expect(readProductState(JSON.stringify({ version: 3, highlights: [], filled: [] }))).toEqual({ state: null, problem: 'newer' });
});

test('a stored state whose runs unfold into more than a million cells is damaged, not read', () => {
  const cells = Array.from({ length: 1_000_001 }, () => 'A1').join(',');
  const text = JSON.stringify({ version: 2, fills: [null], highlights: [['S', 'error', 0, cells]], filled: [] });
  const read = readProductState(text);
  expect(read.state === null && read.problem).toBe('damaged');
  // At the limit, it reads.
  const most = JSON.stringify({ version: 2, fills: [null], highlights: [['S', 'error', 0, cells.slice(3)]], filled: [] });
  expect(readProductState(most).state?.highlights.length).toBe(1_000_000);
});
