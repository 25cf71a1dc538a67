import { readFileSync } from 'fs';
import { join } from 'path';
import { check } from '../../src/core';
import { readSnapshot } from '../../src/xlsx';

test('the sample district workbook in assets/ shows its planted mistakes, its two empty ratios, its tally and its SIPAS table', async () => {
  const rep = check(await readSnapshot(readFileSync(join(__dirname, '..', '..', 'assets', 'sample-district-2021.xlsx'))));
  expect(rep.tables.map((t) => [t.kind, t.sheet])).toEqual([
    ['statistics-appendix', 'Phụ lục 2'],
    ['survey-tally', 'Phiếu khảo sát'],
    ['sipas-components', 'SIPAS'],
  ]);
  expect(rep.findings.filter((f) => f.severity === 'error').map((f) => [f.kind, f.rule, f.cell])).toEqual([
    ['statistics-appendix', 'relation.leq', 'D48'],
    ['statistics-appendix', 'range.percent', 'D57'],
    ['statistics-appendix', 'type.count', 'D78'],
    ['survey-tally', 'tally.total', 'F14'],
  ]);
  expect(rep.findings.filter((f) => f.rule === 'unit.typo').map((f) => f.cell)).toEqual(['B12', 'B13']);
  expect(rep.derived.map((d) => [d.cell, d.value])).toEqual([
    ['D61', 99.1],
    ['D123', 84.94],
  ]);
  expect(rep.sipas?.components.map((c) => [c.id, c.cell, c.value])).toEqual([
    ['access', 'C5', 99.3],
    ['procedures', 'C6', 98.6],
    ['servants', 'C7', 99.3],
    ['results', 'C8', 100],
    ['feedback', 'C9', 98.6],
    ['overall', 'C10', 93.5],
  ]);
});
