import { readFileSync } from 'fs';
import { join } from 'path';
import { check } from '../../src/core';
import { readSnapshot } from '../../src/xlsx';

const sample = async () => check(await readSnapshot(readFileSync(join(__dirname, '..', '..', 'assets', 'sample-district-2021.xlsx'))));

test('the sample district workbook in assets/ shows its planted mistakes and its two empty ratios', async () => {
  const rep = await sample();
  expect(rep.findings.filter((f) => f.severity === 'error' && f.kind === 'statistics-appendix').map((f) => [f.rule, f.cell])).toEqual([
    ['relation.leq', 'D48'],
    ['range.percent', 'D57'],
    ['type.count', 'D78'],
  ]);
  expect(rep.derived.map((d) => [d.cell, d.value])).toEqual([
    ['D61', 99.1],
    ['D123', 84.94],
  ]);
});

test('the sample also holds the seed 002 tally with its real mistakes and the seed 003 SIPAS components', async () => {
  const rep = await sample();
  expect(rep.tables.map((t) => [t.kind, t.sheet])).toEqual([
    ['statistics-appendix', 'Phụ lục 2'],
    ['survey-tally', 'Phiếu điều tra'],
    ['sipas-components', 'SIPAS'],
  ]);
  expect(rep.findings.filter((f) => f.kind === 'survey-tally').map((f) => [f.rule, f.severity, f.cell])).toEqual([
    ['total.sum', 'error', 'F15'],
    ['unit.typo', 'info', 'B13'],
    ['unit.typo', 'info', 'B14'],
  ]);
  expect(rep.sipas?.components).toHaveLength(6);
});

test('the seed’s italics are formatting in the sample, never literal <i> tags', async () => {
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(join(__dirname, '..', '..', 'assets', 'sample-district-2021.xlsx')) as unknown as ArrayBuffer);
  const texts: string[] = [];
  let italic = 0;
  wb.worksheets.forEach((ws) =>
    ws.eachRow((row) =>
      row.eachCell((c) => {
        texts.push(c.text);
        const rich = (c.value as { richText?: { font?: { italic?: boolean } }[] })?.richText;
        if (c.font?.italic || rich?.some((r) => r.font?.italic)) italic++;
      }),
    ),
  );
  expect(texts.filter((t) => /<\/?i>/i.test(t))).toEqual([]);
  expect(texts).toContain('Kết quả giải quyết TTHC');
  expect(italic).toBeGreaterThanOrEqual(10);
});
