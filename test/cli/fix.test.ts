import ExcelJS from 'exceljs';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { cli } from '../helpers/cli';
import { DEFAULT_RUBRIC, parseA1, problemMessage, rubricSheetPlan } from '../../src/core';
import { readSnapshot } from '../../src/xlsx';
import { buildAppendix } from '../fixtures/appendix';
import { hasLibreOffice, recalculate } from '../helpers/libreoffice';
import { snapshotToWorkbook } from '../helpers/xlsx';
import { testWith } from '../helpers/tools';

// LibreOffice is required under CI (.ci/run installs it); elsewhere its tests are skipped with a warning.
const withLibreOffice = hasLibreOffice();
const testWithLibreOffice = (name: string, fn: jest.ProvidesCallback, timeout?: number) =>
  testWith(withLibreOffice, 'LibreOffice', name, fn, timeout);
const dir = mkdtempSync(join(tmpdir(), 'cchc-fix-'));
const sample = join(__dirname, '..', '..', 'assets', 'sample-district-2021.xlsx');

async function load(path: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  return wb;
}

describe('cchc fix on the sample district workbook', () => {
  const input = join(dir, 'huyen.xlsx');
  const output = join(dir, 'huyen-da-sua.xlsx');
  let before: Buffer;
  let result: Awaited<ReturnType<typeof cli>>;

  beforeAll(async () => {
    copyFileSync(sample, input);
    before = readFileSync(input);
    result = await cli('fix', input, '-o', output);
  });

  test('fills, highlights, adds the remediation sheet; the input is byte-identical', () => {
    expect(result.err).toBe('');
    expect(result.status).toBe(1); // the sample's three planted errors remain for the officer to fix
    expect(result.out).toContain('Đã điền 2 tỷ lệ (tô nền xanh).');
    expect(result.out).toContain('Đã tạo trang “Khắc phục 2021”');
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  test('every value the user typed is unchanged in the output', async () => {
    const a = await readSnapshot(before);
    const b = await readSnapshot(readFileSync(output));
    const sa = a.sheets.find((s) => s.name === 'Phụ lục 2')!;
    const sb = b.sheets.find((s) => s.name === 'Phụ lục 2')!;
    sa.values.forEach((row, i) => row.forEach((v, j) => v !== null && expect([i, j, sb.values[i][j]]).toEqual([i, j, v])));
  });

  test('the filled ratios are live formulas with cached values, in NUMBERVALUE form', async () => {
    const ws = (await load(output)).getWorksheet('Phụ lục 2')!;
    const v = ws.getCell('D61').value as ExcelJS.CellFormulaValue;
    expect(v.formula).toBe('ROUND(168274/_xlfn.NUMBERVALUE(D60,",",".")*100,2)');
    expect(v.result).toBe(99.1);
    // Shown with the appendix's two decimals: "99,10", "84,94".
    expect(ws.getCell('D61').numFmt).toBe('0.00');
    expect(ws.getCell('D123').numFmt).toBe('0.00');
  });

  testWithLibreOffice(
    'LibreOffice recalculates every filled ratio to the value we cached',
    async () => {
      const wb = await load(output);
      const ws = wb.getWorksheet('Phụ lục 2')!;
      const filled: string[] = [];
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.formula) filled.push(cell.address);
        }),
      );
      expect(filled.sort()).toEqual(['D123', 'D61']);
      const sheets = recalculate(output);
      const grid = sheets.get('Phụ lục 2')!;
      expect(sheets.has('Khắc phục 2021')).toBe(true);
      for (const address of filled) {
        const { row, col } = parseA1(address);
        const cached = (ws.getCell(address).value as ExcelJS.CellFormulaValue).result as number;
        expect([address, Number(grid[row - 1][col - 1])]).toEqual([address, cached]);
      }
    },
    180000,
  );

  testWithLibreOffice(
    'the same engine shows why NUMBERVALUE is needed: a plain division reads "169.800" by its locale',
    async () => {
      const wb = await load(output);
      wb.getWorksheet('Phụ lục 2')!.getCell('F61').value = { formula: '168274/D60*100', result: 99.1 } as ExcelJS.CellFormulaValue;
      const naive = join(dir, 'naive.xlsx');
      writeFileSync(naive, Buffer.from(await wb.xlsx.writeBuffer()));
      const grid = recalculate(naive).get('Phụ lục 2')!;
      expect(Number(grid[60][5])).toBeCloseTo((168274 / 169.8) * 100, 6); // not our cached 99.1: LibreOffice did recalculate
      expect(Number(grid[60][3])).toBe(99.1);
    },
    180000,
  );

  test('the heading cites no other sheet’s report: the appendix’s own reference is blank, so the blanks to fill', async () => {
    const ws = (await load(output)).getWorksheet('Khắc phục 2021')!;
    expect(ws.getCell('A3').value).toBe('(Kèm theo Kế hoạch số ……/KH-…… ngày …/…/2022 của BHXH tỉnh Sóc Trăng)');
    expect(String(ws.getCell('A3').value)).not.toContain('80/BC-SNV');
  });

  test('the remediation sheet opens with its layout: header, frozen, A4 landscape, printed titles', async () => {
    const ws = (await load(output)).getWorksheet('Khắc phục 2021')!;
    expect(ws.getCell('A1').value).toBe('PHỤ LỤC');
    expect(ws.getRow(5).values).toEqual([
      undefined,
      'STT',
      'Nội dung/Nhiệm vụ',
      'Điểm chuẩn/ Điểm đạt',
      'Nguyên nhân',
      'Phương án khắc phục',
      'Đơn vị thực hiện',
    ]);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 });
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', printTitlesRow: '5:5' });
    const texts = ws.getSheetValues().flat().map(String);
    expect(texts.some((t) => t.includes('99,1%, thấp hơn mức chuẩn 100%'))).toBe(true);
    expect(texts).toContain('5/4,5');
  });
});

describe('cchc fix refuses what it must', () => {
  test('never over the input, even through another path', async () => {
    const r = await cli('fix', sample, '-o', join(__dirname, '..', '..', 'assets', '.', 'sample-district-2021.xlsx'));
    expect(r.status).toBe(2);
    expect(r.err).toContain(
      problemMessage(
        { code: 'output-is-input', path: join(__dirname, '..', '..', 'assets', '.', 'sample-district-2021.xlsx'), changed: 'nothing' },
        'vi',
      ),
    );
  });

  test('a workbook with a chart is fixed, and the chart part is carried over byte for byte', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(readFileSync(sample));
    const chart = '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>';
    zip.file('xl/charts/chart1.xml', chart);
    const withChart = join(dir, 'bieu-do.xlsx');
    writeFileSync(withChart, await zip.generateAsync({ type: 'nodebuffer' }));
    const out = join(dir, 'bieu-do-da-sua.xlsx');
    expect((await cli('fix', withChart, '-o', out)).status).toBe(1);
    const written = await JSZip.loadAsync(readFileSync(out));
    expect(await written.file('xl/charts/chart1.xml')!.async('string')).toBe(chart);
  });

  test('--rubric F.json scores with it; a bad rubric file is one clear line', async () => {
    const rubric = {
      ...DEFAULT_RUBRIC,
      criteria: DEFAULT_RUBRIC.criteria.map((c) =>
        c.id === 'II.2.5.1'
          ? {
              ...c,
              max: 10,
              scale: {
                type: 'tiers',
                tiers: [
                  { min: 99, points: 9 },
                  { min: 0, points: 0 },
                ],
              },
            }
          : c,
      ),
    };
    const f = join(dir, 'thang-diem.json');
    writeFileSync(f, JSON.stringify(rubric));
    const out = join(dir, 'rubric.xlsx');
    expect((await cli('fix', sample, '-o', out, '--rubric', f, '--no-highlight')).status).toBe(1);
    const texts = (await load(out)).getWorksheet('Khắc phục 2021')!.getSheetValues().flat().map(String);
    expect(texts).toContain('10/9');
    writeFileSync(f, JSON.stringify({ criteria: [{ id: 'x' }] }));
    const bad = await cli('fix', sample, '-o', out, '--rubric', f);
    expect(bad.status).toBe(2);
    expect(bad.err.split('\n')).toHaveLength(1);
  });

  test('the rubric edited in the workbook’s "Thang điểm" sheet drives the remediation sheet', async () => {
    const built = buildAppendix();
    const plan = rubricSheetPlan(DEFAULT_RUBRIC, 'Thang điểm');
    const col = (name: string) => plan.rows[4].indexOf(name);
    plan.rows[plan.rows.findIndex((r) => r[0] === 'II.2.5.1')][col('Điểm tối đa')] = 8;
    plan.rows[plan.rows.findIndex((r) => r[0] === 'II.2.5.1')][col('Thang điểm')] = '≥100: 8; ≥99: 6; ≥0: 0';
    const wb = snapshotToWorkbook(built.workbook);
    const ws = wb.addWorksheet('Thang điểm');
    plan.rows.forEach((r, i) => r.forEach((v, j) => v !== null && (ws.getCell(i + 1, j + 1).value = v)));
    const input = join(dir, 'co-thang-diem.xlsx');
    writeFileSync(input, Buffer.from(await wb.xlsx.writeBuffer()));
    const out = join(dir, 'co-thang-diem-ra.xlsx');
    expect((await cli('fix', input, '-o', out)).status).toBe(0);
    const texts = (await load(out)).getWorksheet('Khắc phục 2021')!.getSheetValues().flat().map(String);
    expect(texts).toContain('8/6');
  });
});
