import { readFileSync } from 'fs';
import { join } from 'path';
import { check } from '../../src/core';
import { readSnapshot } from '../../src/xlsx';

test('the sample district workbook in assets/ shows its planted mistakes and its two empty ratios', async () => {
  const rep = check(await readSnapshot(readFileSync(join(__dirname, '..', '..', 'assets', 'sample-district-2021.xlsx'))));
  expect(rep.findings.filter((f) => f.severity === 'error').map((f) => [f.rule, f.cell])).toEqual([
    ['relation.leq', 'D48'],
    ['range.percent', 'D57'],
    ['type.count', 'D78'],
  ]);
  expect(rep.derived.map((d) => [d.cell, d.value])).toEqual([
    ['D61', 99.1],
    ['D123', 84.94],
  ]);
});
