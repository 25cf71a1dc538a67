import ExcelJS from 'exceljs';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { cli } from '../helpers/cli';
import { seed001Scores } from '../fixtures/seed-001-scores';

const dir = mkdtempSync(join(tmpdir(), 'cchc-rubric-'));
const sample = join(__dirname, '..', '..', 'assets', 'sample-district-2021.xlsx');

async function load(path: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  return wb;
}

/** The header row and a column by its header text. */
function columns(ws: ExcelJS.Worksheet) {
  let header = 0;
  ws.eachRow((row, r) => {
    if (!header && row.getCell(1).value === 'Mã') header = r;
  });
  const col = (name: string) => (ws.getRow(header).values as unknown[]).indexOf(name);
  return { header, col };
}

function rowOf(ws: ExcelJS.Worksheet, id: string): number {
  let found = 0;
  ws.eachRow((row, r) => {
    if (row.getCell(1).value === id) found = r;
  });
  return found;
}

describe('cchc rubric', () => {
  const withSheet = join(dir, 'co-thang-diem.xlsx');
  let added: Awaited<ReturnType<typeof cli>>;
  beforeAll(async () => {
    added = await cli('rubric', sample, '-o', withSheet);
  });

  test('adds “Thang điểm” from the defaults, with the year’s score columns, and says so', async () => {
    expect(added.err).toBe('');
    expect(added.status).toBe(0);
    expect(added.out).toMatch(/Đã tạo trang “Thang điểm” với 15 tiêu chí/);
    const ws = (await load(withSheet)).getWorksheet('Thang điểm')!;
    const { header, col } = columns(ws);
    expect(header).toBe(5);
    for (const name of ['Điểm tự chấm', 'Điểm thẩm định', 'Tài liệu kiểm chứng', 'Nguyên nhân', 'Chỉ số đo'])
      expect(col(name)).toBeGreaterThan(0);
    expect(ws.getCell(rowOf(ws, 'II.2.5.1'), col('Chỉ số đo')).value).toBe('tỷ lệ hồ sơ giải quyết đúng hạn (2.5.3)');
    // Made to print and to type in: the council's columns printed, code and title frozen with the header.
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 5 });
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', printTitlesRow: '5:5', fitToWidth: 1, fitToHeight: 0 });
    expect(ws.pageSetup.printArea).toMatch(/^A1:G\d+$/);
    const check = await cli('check', withSheet, '--json');
    expect(JSON.parse(check.out)[0].rubric).toMatchObject({ source: 'sheet', sheet: 'Thang điểm', valid: true });
  });

  test('with the council’s scores typed in, fix writes the remediation table of every point lost', async () => {
    const wb = await load(withSheet);
    const ws = wb.getWorksheet('Thang điểm')!;
    const { col } = columns(ws);
    for (const s of seed001Scores()) {
      ws.getCell(rowOf(ws, s.id), col('Điểm thẩm định')).value = s.points;
      if (s.figure !== null) ws.getCell(rowOf(ws, s.id), col('Số liệu (%)')).value = s.figure;
    }
    for (const id of ['I.1.1', 'II.2.2', 'II.6.3'])
      ws.getCell(rowOf(ws, id), col('Điểm thẩm định')).value = ws.getCell(rowOf(ws, id), col('Điểm tối đa')).value;
    const scored = join(dir, 'da-cham.xlsx');
    writeFileSync(scored, Buffer.from(await wb.xlsx.writeBuffer()));
    const out = join(dir, 'khac-phuc.xlsx');
    const fix = await cli('fix', scored, '-o', out, '--no-highlight');
    expect(fix.err).toBe('');
    const rem = (await load(out)).getWorksheet('Khắc phục 2021')!;
    const points: string[] = [];
    rem.eachRow((row) => {
      const v = row.getCell(3).value;
      if (typeof v === 'string' && /^[\d,]+\/[\d,]+$/.test(v)) points.push(v);
    });
    expect(points.sort()).toEqual(
      seed001Scores()
        .filter((s) => s.points < s.max)
        .map((s) => s.printed.replace('.', ','))
        .sort(),
    );
    expect(rem.getCell('A1').font).toMatchObject({ name: 'Times New Roman', bold: true, size: 13 });
    expect(rem.headerFooter.oddFooter).toContain('&P');

    // Refreshing keeps what was typed; a second fix asks before replacing its own sheet, --force replaces it.
    const refreshed = join(dir, 'lam-moi.xlsx');
    const again = await cli('rubric', out, '-o', refreshed);
    expect(again.out).toMatch(/Đã làm mới trang “Thang điểm”/);
    const ws2 = (await load(refreshed)).getWorksheet('Thang điểm')!;
    expect(ws2.getCell(rowOf(ws2, 'II.5.1'), columns(ws2).col('Điểm thẩm định')).value).toBe(1.55);
    const asked = await cli('fix', refreshed, '-o', join(dir, 'lan-2.xlsx'), '--no-highlight');
    expect(asked.out).toMatch(/Trang “Khắc phục 2021” do chương trình tạo trước đây đã có/);
    const forced = await cli('fix', refreshed, '-o', join(dir, 'lan-2.xlsx'), '--no-highlight', '--force');
    expect(forced.out).toContain('Đã thay trang “Khắc phục 2021”');
    expect((await load(join(dir, 'lan-2.xlsx'))).worksheets.filter((w) => w.name.startsWith('Khắc phục')).length).toBe(1);
  });

  test('the council’s 1,8/2 for III.1.1 (SIPAS 99,3% ≥ 90%): no benchmark.below there; listed with an empty, highlighted cause', async () => {
    const wb = await load(withSheet);
    const ws = wb.getWorksheet('Thang điểm')!;
    ws.getCell(rowOf(ws, 'III.1.1'), columns(ws).col('Điểm thẩm định')).value = 1.8;
    const scored = join(dir, 'hoi-dong-III.1.1.xlsx');
    writeFileSync(scored, Buffer.from(await wb.xlsx.writeBuffer()));
    const report = JSON.parse((await cli('check', scored, '--json')).out)[0];
    expect(report.criteria.find((c: { id: string }) => c.id === 'III.1.1')).toMatchObject({
      value: 99.3,
      target: 90,
      points: 1.8,
      below: true,
    });
    const below = report.findings.filter((f: { rule: string }) => f.rule === 'benchmark.below');
    expect(below.map((f: { cell: string }) => f.cell)).toEqual(['D14', 'D61', 'D123']);
    for (const f of below) expect(f.actual).toBeLessThan(f.expected);
    const text = (await cli('check', scored)).out;
    expect(text).not.toContain('99,30%');

    const out = join(dir, 'hoi-dong-III.1.1-khac-phuc.xlsx');
    expect((await cli('fix', scored, '-o', out)).err).toBe('');
    const result = await load(out);
    expect(result.getWorksheet('SIPAS')!.getCell('C5').fill).toBeUndefined();
    const rem = result.getWorksheet('Khắc phục 2021')!;
    let row = 0;
    rem.eachRow((r, i) => {
      if (String(r.getCell(2).value).startsWith('1.1. Mức độ hài lòng về tiếp cận dịch vụ')) row = i;
    });
    expect(row).toBeGreaterThan(0);
    expect(rem.getCell(row, 3).value).toBe('2/1,8');
    expect(rem.getCell(row, 4).value ?? '').toBe('');
    expect(rem.getCell(row, 4).fill).toMatchObject({ type: 'pattern', fgColor: { argb: 'FFFFF2CC' } });
  });

  test('never replaces a “Thang điểm” sheet the user made; writes nothing', async () => {
    const wb = await load(sample);
    wb.addWorksheet('Thang điểm').getCell('A1').value = 'Bảng điểm của tôi';
    const mine = join(dir, 'cua-toi.xlsx');
    writeFileSync(mine, Buffer.from(await wb.xlsx.writeBuffer()));
    const out = join(dir, 'khong-ghi.xlsx');
    const r = await cli('rubric', mine, '-o', out);
    expect(r.status).toBe(2);
    expect(r.err).toMatch(/do người dùng tạo/);
    expect(existsSync(out)).toBe(false);
  });

  test('usage mistakes and unreadable files are one clear line, status 2', async () => {
    expect((await cli('rubric', sample)).status).toBe(2);
    expect((await cli('rubric', sample, '-o', sample)).status).toBe(2);
    const missing = await cli('rubric', join(dir, 'khong-co.xlsx'), '-o', join(dir, 'x.xlsx'), '--lang', 'en');
    expect(missing).toMatchObject({ status: 2, err: expect.stringContaining('File not found.') });
  });
});
