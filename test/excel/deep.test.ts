/**
 * A table wherever its header sits, in Excel (issue 18): the sample's appendix under 60 rows of a
 * report's text is found by the probe's pass over the first columns (read with the tops, in the same
 * sync) and one more sync for its window; the report is the sample's with the findings 60 rows down.
 */
import { readTables } from '../../src/app/session';
import { FindingOut, check } from '../../src/core';
import { createExcelPort } from '../../src/excel';
import { buildAppendix } from '../fixtures/appendix';
import { SAMPLE_EDITS } from '../fixtures/make-sample';
import { buildUnits } from '../fixtures/units';
import { withTextAbove } from '../helpers/shift';
import { FakeHost, FakeSheet, FakeWorkbook, PROFILES } from './fake-excel';

const MB = 1024 * 1024;
const SHIFT = 60;
const appendix = buildAppendix({ edits: SAMPLE_EDITS });
const plain = [appendix.sheet, buildUnits('tally').sheet, buildUnits('sipas').sheet];
const shifted = [withTextAbove(appendix.sheet, SHIFT), ...plain.slice(1)];

const place = (f: FindingOut, down: number) => [
  f.rule,
  f.sheet,
  f.sheet === 'Phụ lục 2' ? f.cell.replace(/\d+$/, (n) => String(Number(n) + down)) : f.cell,
];

test.each(PROFILES.map((p) => [p.name, p] as const))(
  '%s: the appendix 60 rows down is recognized, its findings 60 rows down, in 4 round trips under 1 MB',
  async (_n, profile) => {
    const whole = check({ sheets: plain });
    const host = new FakeHost(new FakeWorkbook(shifted.map((s) => FakeSheet.from(s))), profile);
    const rep = check(await readTables(createExcelPort(host)));
    expect(rep.recognized).toBe(true);
    expect(rep.layout?.headerRow).toBe((whole.layout?.headerRow as number) + SHIFT);
    expect(rep.findings.map((f) => place(f, 0))).toEqual(whole.findings.map((f) => place(f, SHIFT)));
    expect(rep.findings.length).toBeGreaterThan(3);
    expect(host.syncs).toBe(4);
    for (const t of host.trips) expect(t.response).toBeLessThan(MB);
  },
);
