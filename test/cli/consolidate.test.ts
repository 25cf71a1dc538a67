/**
 * `cchc consolidate`: twelve district workbooks built from the seed appendix with their own figures
 * and office names, a second file of one office, another year's file and a damaged file — statuses,
 * totals (counts summed, the on-time rate from the summed counts, coded answers counted per code),
 * the written workbook read back by the engine and printed by LibreOffice.
 */
import { execFileSync, spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import '../../src/cli/native';
import { openPackage, parseSheet } from '../../src/xlsx/package';
import { run } from '../../src/cli/main';
import { cli } from '../helpers/cli';
import { makePackage, sheetXml } from '../xlsx/package';
import { recalculate } from '../helpers/libreoffice';
import { testWithPdf, workbookToPdf } from '../helpers/pdf';
import { snapshotToXlsx } from '../helpers/xlsx';
import { testWith } from '../helpers/tools';
import { District, district, districtWorkbook } from '../fixtures/districts';

// Skipped with a warning naming the test where LibreOffice or pdftotext is missing; required in CI.
const withOffice = testWithPdf;

interface Json {
  year: number | null;
  units: { file: string | null; office: string | null; officeLevel: string | null; year: number | null; status: string; errors: number }[];
  indicators: {
    id: string;
    code: string | null;
    kind: string;
    values: (number | null)[];
    total: number | null;
    basis: string;
    counts?: { code: number; label: string | null; count: number }[];
    numerator?: number;
    denominator?: number;
  }[];
  tally: { rows: { unit: number; figures: Record<string, number | null> }[]; total: Record<string, number | null> } | null;
  findings: { rule: string; file: string | null; office: string | null; message: string }[];
}

const dir = mkdtempSync(join(tmpdir(), 'cchc-consolidate-'));
const districts: District[] = Array.from({ length: 12 }, (_, k) =>
  district(
    k + 1,
    `huyện ${['Châu Thành', 'Kế Sách', 'Long Phú', 'Cù Lao Dung', 'Mỹ Tú', 'Mỹ Xuyên', 'Thạnh Trị', 'Trần Đề', 'Ngã Năm', 'Vĩnh Châu', 'Sóc Trăng', 'Cù Lao Mới'][k]}`,
  ),
);
/** A second file of the third district (other figures), a file of 2020, a damaged file. */
const duplicate: District = { ...district(7), office: 'Bảo hiểm xã hội HUYỆN LONG PHÚ' };
const lastYear: District = { ...district(5, 'huyện Mỹ Tú'), year: 2020 };
let files: string[] = [];

beforeAll(async () => {
  files = [];
  for (const [k, d] of districts.entries()) {
    const p = join(dir, `district-${k + 1}.xlsx`);
    writeFileSync(p, await snapshotToXlsx(districtWorkbook(d)));
    files.push(p);
  }
  const dup = join(dir, 'long-phu-again.xlsx');
  writeFileSync(dup, await snapshotToXlsx(districtWorkbook(duplicate)));
  const old = join(dir, 'my-tu-2020.xlsx');
  writeFileSync(old, await snapshotToXlsx(districtWorkbook(lastYear)));
  const damaged = join(dir, 'damaged.xlsx');
  writeFileSync(damaged, readFileSync(files[0]).subarray(0, 900));
  // Inputs in this order: six districts, the duplicate, six districts, last year's, the damaged one.
  files = [...files.slice(0, 6), dup, ...files.slice(6), old, damaged];
}, 60000);

async function consolidate(out: string, ...extra: string[]) {
  const r = await cli('consolidate', ...files, '-o', out, '--json', ...extra);
  return { ...r, json: JSON.parse(r.out) as Json };
}

describe('cchc consolidate: fifteen files', () => {
  let r: Awaited<ReturnType<typeof consolidate>>;
  const out = join(dir, 'tinh.xlsx');
  beforeAll(async () => {
    r = await consolidate(out);
  }, 60000);

  test('every file has its status, in input order; exit 1 for the cross-file findings', () => {
    expect(r.status).toBe(1);
    expect(r.json.year).toBe(2021);
    expect(r.json.units.map((u) => u.status)).toEqual([
      ...Array(6).fill('ok'),
      'duplicate',
      ...Array(6).fill('ok'),
      'other-year',
      'unreadable',
    ]);
    expect(r.json.units.slice(0, 6).map((u) => u.office)).toEqual(districts.slice(0, 6).map((d) => d.office));
    expect(r.json.units[0].officeLevel).toBe('district');
    expect(r.json.findings.map((f) => [f.rule, f.file])).toEqual([
      ['consolidate.duplicate', files[6]],
      ['consolidate.year', files[13]],
      ['consolidate.unreadable', files[14]],
    ]);
    expect(r.json.findings.every((f) => f.message.length > 0)).toBe(true);
  });

  test('units not added have no values; every count total is the sum of the added files', () => {
    const added = r.json.units.map((u) => u.status === 'ok' || u.status === 'findings');
    const counts = r.json.indicators.filter((i) => i.kind === 'count');
    expect(counts.length).toBeGreaterThan(20);
    for (const ind of counts) {
      ind.values.forEach((v, k) => added[k] || expect(v).toBeNull());
      const given = ind.values.filter((v): v is number => v !== null);
      expect(ind.basis).toBe('sum');
      expect(ind.total).toBe(given.length > 0 ? given.reduce((a, b) => a + b, 0) : null);
    }
    const planned = r.json.indicators.find((i) => i.id === '1.1.1')!;
    expect(planned.total).toBe(districts.reduce((a, d) => a + d.planned, 0));
    const resolved = r.json.indicators.find((i) => i.id === '2.5.2')!;
    expect(resolved.total).toBe(districts.reduce((a, d) => a + d.resolved, 0));
  });

  test('the on-time rate is Σ on-time / Σ resolved × 100, never an average of percentages', () => {
    const rate = r.json.indicators.find((i) => i.id === '2.5.3')!;
    const onTime = districts.reduce((a, d) => a + d.onTime, 0);
    const resolved = districts.reduce((a, d) => a + d.resolved, 0);
    expect(rate.basis).toBe('ratio');
    expect(rate.numerator).toBe(onTime);
    expect(rate.denominator).toBe(resolved);
    expect(Math.abs((rate.total as number) - (onTime / resolved) * 100)).toBeLessThan(0.01);
    const given = rate.values.filter((v): v is number => v !== null);
    const mean = given.reduce((a, b) => a + b, 0) / given.length;
    expect(Math.abs((rate.total as number) - mean)).toBeGreaterThan(0.01);
    // No percentage row has a total but from summed counts.
    for (const ind of r.json.indicators.filter((i) => i.kind === 'percent')) {
      if (ind.total !== null) expect(ind.basis).toBe('ratio');
      if (ind.basis === 'ratio' && ind.total !== null)
        expect(Math.abs(ind.total - ((ind.numerator as number) / (ind.denominator as number)) * 100)).toBeLessThan(1e-6);
    }
  });

  test('coded answers are counted per code; the tallies are summed', () => {
    const meetings = r.json.indicators.find((i) => i.id === '1.3.5')!;
    expect(meetings.basis).toBe('codes');
    expect(meetings.total).toBeNull();
    const no = districts.filter((d) => d.meetings === 0).length;
    expect(meetings.counts).toEqual([
      { code: 0, label: 'Không', count: no },
      { code: 1, label: 'Có', count: 12 - no },
    ]);
    const carrying = districts.filter((d) => d.tally);
    expect(r.json.tally!.rows).toHaveLength(carrying.length);
    for (const f of ['issued', 'returned', 'valid', 'invalid'] as const)
      expect(r.json.tally!.total[f]).toBe(carrying.reduce((a, d) => a + d.tally![f], 0));
  });

  test('the workbook holds the four sheets, read back by the engine', () => {
    const pkg = openPackage(readFileSync(out));
    expect(pkg.sheets.map((s) => s.name)).toEqual(['Tình hình nộp', 'Tổng hợp Phụ lục 2', 'Tổng hợp phiếu điều tra', 'Lỗi theo đơn vị']);
    const status = parseSheet(pkg, pkg.sheets[0].path, { cells: 1e6 });
    const statusColumn = status.rows.slice(2).map((row) => row.cells.find((c) => c.col === 7)?.value);
    expect(statusColumn).toEqual([...Array(6).fill('đạt'), 'trùng đơn vị', ...Array(6).fill('đạt'), 'khác năm', 'không đọc được']);
  });

  withOffice(
    'LibreOffice opens it, recalculates the same totals, and prints the status and totals sheets',
    () => {
      const sheets = recalculate(out);
      const appendix = [...sheets.entries()].find(([name]) => name.includes('Ph'))?.[1] ?? [...sheets.values()][1];
      const header = appendix[1];
      const provinceCol = header.indexOf('Toàn tỉnh');
      expect(provinceCol).toBe(3 + 12);
      const row = appendix.find((cells) => cells[0] === '1.1.1')!;
      expect(Number(row[provinceCol])).toBe(districts.reduce((a, d) => a + d.planned, 0));
      const pdf = workbookToPdf(out, dir, 'profile-pdf');
      expect(statSync(pdf).size).toBeGreaterThan(1000);
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).normalize('NFC');
      const flat = text.replace(/\s+/g, ' ');
      for (const word of ['TÌNH HÌNH NỘP BÁO CÁO', 'trùng đơn vị', 'khác năm', 'không đọc được', 'Toàn tỉnh', 'Tổng cộng'])
        expect(flat).toContain(word);
      for (const d of districts.slice(0, 3)) expect(flat).toContain(d.office);
      const rate = districts.reduce((a, d) => a + d.onTime, 0) / districts.reduce((a, d) => a + d.resolved, 0);
      expect(flat).toContain((rate * 100).toFixed(2));
      // One printed page per status sheet at most: 15 rows fit on A4 landscape; every page has its number.
      expect(text).toMatch(/Trang 1\/\d+/);
    },
    240000,
  );
});

describe('cchc consolidate: the expected offices, the output refused', () => {
  test('--units: offices matched whatever their case or diacritics; the unit not received is listed as missing', async () => {
    const list = join(dir, 'units.txt');
    writeFileSync(list, ['Đơn vị', 'BHXH HUYỆN CHÂU THÀNH', 'bhxh huyen ke sach', 'Huyện Long Phú', 'BHXH huyện Vắng Mặt', ''].join('\n'));
    const out = join(dir, 'with-units.xlsx');
    const r = await consolidate(out, '--units', list);
    expect(r.status).toBe(1);
    expect(r.json.units).toHaveLength(16);
    expect(r.json.units[15]).toMatchObject({ file: null, office: 'BHXH huyện Vắng Mặt', status: 'missing', officeLevel: 'district' });
    expect(r.json.findings.filter((f) => f.rule === 'consolidate.missing').map((f) => f.office)).toEqual(['BHXH huyện Vắng Mặt']);
    for (const ind of r.json.indicators) expect(ind.values).toHaveLength(16);
  }, 60000);

  test('--units from a workbook: the first sheet’s column A under its header; the text report names each unit and its status', async () => {
    const list = join(dir, 'units.xlsx');
    const names = ['STT', 'Tên đơn vị', ...districts.map((d) => d.office.toUpperCase()), 'BHXH thị xã Vắng'];
    writeFileSync(
      list,
      await snapshotToXlsx({ sheets: [{ name: 'DS', origin: { row: 1, col: 1 }, values: names.map((n) => [n]), merges: [] }] }),
    );
    const out = join(dir, 'units-from-xlsx.xlsx');
    const r = await cli('consolidate', ...files, '-o', out, '--units', list);
    expect(r.status).toBe(1);
    const lines = r.out.split('\n');
    expect(lines).toContain(`${districts[0].office} (district-1.xlsx): đạt`);
    expect(lines).toContain('BHXH thị xã Vắng: chưa nộp');
    expect(lines.filter((l) => l.endsWith(': chưa nộp'))).toHaveLength(1);
    expect(lines[lines.length - 1]).toBe(`Đã ghi ${out}: 15 tệp, 12 đơn vị được tổng hợp, 1 đơn vị chưa nộp, 4 vấn đề giữa các tệp`);
  }, 60000);

  test('an output that is an input, or exists without --force, is refused with exit 2; --force replaces it', async () => {
    const same = await cli('consolidate', files[0], files[1], '-o', files[1]);
    expect(same.status).toBe(2);
    const out = join(dir, 'exists.xlsx');
    writeFileSync(out, 'keep');
    const kept = await cli('consolidate', files[0], files[1], '-o', out);
    expect(kept.status).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('keep');
    const forced = await cli('consolidate', files[0], files[1], '-o', out, '--force');
    expect(forced.status).toBe(0);
    expect(openPackage(readFileSync(out)).sheets).toHaveLength(4);
  }, 60000);

  test('nothing to consolidate: exit 2, nothing written; a usage mistake: exit 2', async () => {
    const out = join(dir, 'none.xlsx');
    const r = await cli('consolidate', files[14], '-o', out);
    expect(r.status).toBe(2);
    expect(existsSync(out)).toBe(false);
    expect((await cli('consolidate', files[0])).status).toBe(2);
    expect((await cli('consolidate', '-o', out)).status).toBe(2);
  });
});

describe('cchc consolidate: each input isolated, progress for a person watching', () => {
  test('a zip bomb, a plain text and a missing file among good ones become their status rows; the progress line counts files read', async () => {
    const bomb = join(dir, 'bomb.xlsx');
    writeFileSync(bomb, makePackage([{ name: 'S', xml: sheetXml('') }], { extra: { 'xl/bomb.bin': new Uint8Array(20 * 1024 * 1024) } }));
    const text = join(dir, 'text.xlsx');
    writeFileSync(text, 'STT,Chỉ tiêu\n');
    const gone = join(dir, 'gone.xlsx');
    const out = join(dir, 'isolated.xlsx');
    const lines: string[] = [];
    const progress: string[] = [];
    const status = await run(['consolidate', files[0], bomb, text, gone, files[1], '-o', out, '--json', '--lang', 'en'], {
      out: (s) => lines.push(s),
      err: () => undefined,
      readFile: async (p) => readFileSync(p),
      writeFile: async (p, d) => writeFileSync(p, d),
      progress: (s) => progress.push(s),
    });
    expect(status).toBe(1);
    const json = JSON.parse(lines.join('\n')) as Json;
    expect(json.units.map((u) => u.status)).toEqual(['ok', 'unreadable', 'unreadable', 'unreadable', 'ok']);
    expect(json.findings.map((f) => f.rule)).toEqual(Array(3).fill('consolidate.unreadable'));
    expect(json.findings[2].message).toContain('File not found.');
    expect(progress).toEqual([
      'Read 1/5 files · 0 with errors',
      'Read 2/5 files · 1 with errors',
      'Read 3/5 files · 2 with errors',
      'Read 4/5 files · 3 with errors',
      'Read 5/5 files · 3 with errors',
      '',
    ]);
    expect(openPackage(readFileSync(out)).sheets.map((s) => s.name)).toEqual([
      'Submissions',
      'Appendix 2 totals',
      'Survey-form totals',
      'Findings by unit',
    ]);
  }, 60000);

  test('without a terminal on stderr there is no progress line, and --json leaves stdout to the JSON alone', async () => {
    const out = join(dir, 'quiet.xlsx');
    const r = await cli('consolidate', files[0], files[1], '-o', out, '--json');
    expect(r.status).toBe(0);
    expect(() => JSON.parse(r.out)).not.toThrow();
    expect(r.err.split('\n')).toHaveLength(1);
  });

  const bin = join(__dirname, '..', '..', 'dist', 'src', 'cli', 'main.js');

  test('as a process with stderr piped: no progress line, only the closing line on stderr', () => {
    const out = join(dir, 'piped.xlsx');
    const r = spawnSync(process.execPath, [bin, 'consolidate', files[0], files[1], '-o', out, '--json'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stderr).not.toContain('\r');
    expect(r.stderr).not.toContain('\x1b');
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringContaining(out)]);
  });

  // `script` (util-linux) runs the command on a terminal of its own.
  testWith(
    existsSync('/usr/bin/script'),
    'script (util-linux)',
    'as a process on a terminal: one progress line, rewritten per file, cleared at the end',
    () => {
      const out = join(dir, 'tty.xlsx');
      const command = [process.execPath, bin, 'consolidate', files[0], files[1], '-o', out, '--json']
        .map((x) => `'${x.replace(/'/g, `'\\''`)}'`)
        .join(' ');
      const r = spawnSync('/usr/bin/script', ['-q', '-e', '-c', `${command} >/dev/null`, '/dev/null'], { encoding: 'utf8' });
      expect(r.status).toBe(0);
      expect(r.stdout.split('\r\x1b[K')).toEqual([
        '',
        'Đã đọc 1/2 tệp · 0 tệp có lỗi',
        'Đã đọc 2/2 tệp · 0 tệp có lỗi',
        expect.stringContaining(out),
      ]);
    },
  );
});

describe('cchc consolidate: files with scoring sheets are ranked, with native charts LibreOffice draws', () => {
  const scoredDown = [0.5, 0, 1, 0.5, 0, 1];
  let out = '';
  let json: Json & { ranking: { unit: number; rank: number; index: number | null; onTime: number | null; target: number | null }[] | null };
  beforeAll(async () => {
    const inputs: string[] = [];
    for (const [k, down] of scoredDown.entries()) {
      const p = join(dir, `scored-${k + 1}.xlsx`);
      writeFileSync(p, await snapshotToXlsx(districtWorkbook(districts[k], down)));
      inputs.push(p);
    }
    out = join(dir, 'ranked.xlsx');
    const r = await cli('consolidate', ...inputs, '-o', out, '--json');
    json = JSON.parse(r.out);
  }, 60000);

  test('ranked by index (achieved ÷ possible), equal indexes sharing a rank; each with its on-time rate and benchmark', () => {
    const ranking = json.ranking!;
    expect(ranking.map((x) => x.unit)).toEqual([1, 4, 0, 3, 2, 5]);
    expect(ranking.map((x) => x.rank)).toEqual([1, 1, 3, 3, 5, 5]);
    const d = districts[1];
    expect(ranking[0].onTime).toBeCloseTo((d.onTime / d.resolved) * 100, 2);
    expect(ranking[0].target).toBe(100);
    const pkg = openPackage(readFileSync(out));
    expect(pkg.sheets.map((s) => s.name)).toContain('Xếp hạng');
    expect([...pkg.entries.keys()].filter((k) => k.startsWith('xl/charts/'))).toEqual(['xl/charts/chart1.xml', 'xl/charts/chart2.xml']);
  });

  withOffice(
    'LibreOffice draws both charts (their titles and the ranked offices print)',
    () => {
      const flat = execFileSync('pdftotext', [workbookToPdf(out, dir, 'profile-ranked'), '-'], { encoding: 'utf8' })
        .normalize('NFC')
        .replace(/\s+/g, ' ');
      expect(flat).toContain('XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH');
      expect(flat).toContain('Chỉ số cải cách hành chính theo đơn vị (%)');
      expect(flat).toContain('Tỷ lệ hồ sơ giải quyết đúng hạn so với mức chuẩn (%)');
      for (const d of districts.slice(0, 6)) expect(flat).toContain(d.office);
    },
    240000,
  );
});
