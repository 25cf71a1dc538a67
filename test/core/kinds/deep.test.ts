/**
 * A table wherever its header sits (issue 18): the sample's appendix under 60 rows of a report's text
 * is located from a probe (its header is below the probed top rows), loaded and checked with the
 * sample's findings moved down 60 rows; through the .xlsx package port as the CLI reads it too.
 */
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { FindingOut, PROBE_ROWS, Report, check, deepHeaderRow, loadFromSnapshot, locateTables, probeSnapshot } from '../../../src/core';
import { buildAppendix } from '../../fixtures/appendix';
import { SAMPLE_EDITS } from '../../fixtures/make-sample';
import { buildUnits } from '../../fixtures/units';
import { cli } from '../../helpers/cli';
import { withTextAbove } from '../../helpers/shift';
import { snapshotToXlsx } from '../../helpers/xlsx';

const SHIFT = 60;
const appendix = buildAppendix({ edits: SAMPLE_EDITS });
const plain = { sheets: [appendix.sheet, buildUnits('tally').sheet, buildUnits('sipas').sheet] };
const shifted = { sheets: [withTextAbove(appendix.sheet, SHIFT), ...plain.sheets.slice(1)] };

/** A finding as the same finding SHIFT rows further down when it is on the appendix's sheet. */
function moved(f: FindingOut): FindingOut {
  if (f.sheet !== 'Phụ lục 2') return f;
  const m = /^([A-Z]+)(\d+)$/.exec(f.cell) as RegExpExecArray;
  const related =
    'related' in f ? { related: f.related.map((r) => ({ ...r, cell: r.cell.replace(/\d+$/, (n) => String(Number(n) + SHIFT)) })) } : {};
  return { ...f, ...related, cell: `${m[1]}${Number(m[2]) + SHIFT}`, row: f.row + SHIFT } as FindingOut;
}

const strip = (r: Report) => r.findings.map((f) => ({ rule: f.rule, sheet: f.sheet, cell: f.cell, severity: f.severity }));

test('the header is below the probed rows, and a pass over the first columns finds its row', () => {
  expect(appendix.headerRow + SHIFT).toBeGreaterThan(PROBE_ROWS);
  const probe = probeSnapshot(shifted);
  expect(probe.sheets[0].deep?.origin.row).toBe(appendix.headerRow - 1 + SHIFT);
  expect(deepHeaderRow(shifted.sheets[0])).toBe(appendix.headerRow - 1 + SHIFT);
  // The other sheets have their tables at the top: no deep look.
  expect(probe.sheets.slice(1).map((s) => s.deep)).toEqual([undefined, undefined]);
});

test('located, loaded and checked: the sample’s findings moved down 60 rows', () => {
  const regions = locateTables(probeSnapshot(shifted));
  expect(regions.map((r) => r.sheet)).toEqual(['Phụ lục 2', 'Phiếu điều tra', 'SIPAS']);
  const rep = check(loadFromSnapshot(shifted, regions));
  const base = check(plain);
  expect(base.findings.length).toBeGreaterThan(3);
  expect(rep.layout).toEqual({ ...base.layout, headerRow: (base.layout?.headerRow as number) + SHIFT });
  expect(rep.findings).toEqual(base.findings.map(moved).map((f) => ({ ...f, message: expect.any(String), messages: expect.anything() })));
});

test('cchc check finds it too (the package port’s probe looks down the sheet)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-deep-'));
  const [a, b] = [join(dir, 'sample.xlsx'), join(dir, 'sample-60-rows-down.xlsx')];
  writeFileSync(a, await snapshotToXlsx(plain));
  writeFileSync(b, await snapshotToXlsx(shifted));
  const [ra, rb] = [await cli('check', a, '--json'), await cli('check', b, '--json')];
  expect(rb.status).toBe(ra.status);
  const [pa, pb] = [JSON.parse(ra.out)[0] as Report, JSON.parse(rb.out)[0] as Report];
  expect(pb.recognized).toBe(true);
  expect(pb.tables.map((t) => [t.kind, t.sheet, t.headerRow])).toEqual(
    pa.tables.map((t) => [t.kind, t.sheet, t.sheet === 'Phụ lục 2' ? t.headerRow + SHIFT : t.headerRow]),
  );
  expect(strip(pb)).toEqual(pa.findings.map(moved).map((f) => ({ rule: f.rule, sheet: f.sheet, cell: f.cell, severity: f.severity })));
  expect(pb.indicators.map((i) => [i.id, i.value])).toEqual(pa.indicators.map((i) => [i.id, i.value]));
});

test('an appendix under another table on the same sheet: both are located, loaded and checked', () => {
  const tally = buildUnits('tally').sheet;
  const gap = 3;
  const offset = tally.values.length + gap;
  const below = withTextAbove(appendix.sheet, offset);
  const values = [...tally.values, ...Array.from({ length: gap }, () => [null]), ...below.values.slice(offset)];
  const sheet = { ...below, name: 'Báo cáo', values, formats: undefined, merges: [...tally.merges, ...below.merges] };
  const rep = check(loadFromSnapshot({ sheets: [sheet] }, locateTables(probeSnapshot({ sheets: [sheet] }))));
  const alone = check(appendix.workbook);
  expect(rep.tables.map((t) => [t.kind, t.sheet])).toEqual([
    ['survey-tally', 'Báo cáo'],
    ['statistics-appendix', 'Báo cáo'],
  ]);
  expect(rep.layout?.headerRow).toBe(appendix.headerRow + offset);
  expect(rep.indicators.map((i) => [i.id, i.value])).toEqual(alone.indicators.map((i) => [i.id, i.value]));
});
