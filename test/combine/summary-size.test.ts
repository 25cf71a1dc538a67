/**
 * What consolidation keeps of a file is its summary, not its report: the summary shares no object
 * with the report (its snapshot, its tables, its finding objects), and a workbook that carries many
 * more sheets than the appendix gives a summary no larger than the appendix alone would.
 */
import { serialize } from 'v8';
import { check } from '../../src/core';
import type { Report } from '../../src/core';
import { summarize } from '../../src/core/combine/summary';
import type { UnitSummary } from '../../src/core/combine/types';
import { buildUnits } from '../fixtures/units';
import { district, districtWorkbook } from '../fixtures/districts';

/** Every object reachable from a value (arrays, plain objects, Maps' keys and values, typed arrays). */
function objectsOf(root: unknown): Set<object> {
  const seen = new Set<object>();
  const todo: unknown[] = [root];
  while (todo.length > 0) {
    const x = todo.pop();
    if (x === null || typeof x !== 'object' || seen.has(x)) continue;
    seen.add(x);
    if (x instanceof Map) for (const [k, v] of x) todo.push(k, v);
    else if (ArrayBuffer.isView(x)) todo.push(x.buffer);
    else if (!(x instanceof ArrayBuffer)) todo.push(...Object.values(x));
  }
  return seen;
}

/** The summary's size as data, its findings apart (a file's findings are kept, one compact row each). */
const sizeOf = (s: UnitSummary) => serialize({ ...s, findings: [], file: '' }).length;

describe('a file kept as its summary', () => {
  const plain = districtWorkbook(district(3));
  // The same district's workbook with twenty more sheets: the seed's satisfaction table by unit, each a table the check reads.
  const satisfaction = buildUnits('satisfaction').sheet;
  const big = { sheets: [...plain.sheets, ...Array.from({ length: 20 }, (_, k) => ({ ...satisfaction, name: `Hài lòng ${k + 1}` }))] };
  let small: Report;
  let large: Report;
  beforeAll(() => {
    small = check(plain);
    large = check(big);
  });

  test('the larger workbook was read whole, and its summary is no larger than the appendix alone gives', () => {
    expect(large.tables.length).toBeGreaterThanOrEqual(small.tables.length + 20);
    const s = summarize(small, 'huyen-3.xlsx');
    const l = summarize(large, 'huyen-3.xlsx');
    expect(sizeOf(l)).toBe(sizeOf(s));
    expect(l.findings).toHaveLength(large.findings.length);
  });

  test('the summary shares no object with the report it was made from', () => {
    const kept = objectsOf(summarize(large, 'huyen-3.xlsx'));
    const report = objectsOf(large);
    const shared = [...kept].filter((x) => report.has(x));
    expect(shared).toEqual([]);
  });
});
