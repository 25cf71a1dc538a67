import { execFileSync, spawnSync } from 'child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, truncateSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { cli } from '../helpers/cli';
import { Report } from '../../src/core';
import { buildAppendix } from '../fixtures/appendix';
import { snapshotToXlsx } from '../helpers/xlsx';

const dir = mkdtempSync(join(tmpdir(), 'cchc-cli-'));
const files = {
  seed: join(dir, 'seed.xlsx'),
  planted: join(dir, 'planted.xlsx'),
  empty253: join(dir, 'empty-2.5.3.xlsx'),
  other: join(dir, 'khac.xlsx'),
  notWorkbook: join(dir, 'ghi-chu.xlsx'),
};

beforeAll(async () => {
  writeFileSync(files.seed, await snapshotToXlsx(buildAppendix().workbook));
  writeFileSync(
    files.planted,
    await snapshotToXlsx(buildAppendix({ edits: { '1.1.2': { value: '31' }, '3.2.3': { value: '-29' } } }).workbook),
  );
  writeFileSync(files.empty253, await snapshotToXlsx(buildAppendix({ edits: { '2.5.3': { value: '' } } }).workbook));
  writeFileSync(
    files.other,
    await snapshotToXlsx({ sheets: [{ name: 'Sheet1', origin: { row: 1, col: 1 }, values: [['Danh sách'], ['a']], merges: [] }] }),
  );
  writeFileSync(files.notWorkbook, 'đây không phải sổ tính');
});

describe('cchc check', () => {
  test('the seed file: exit 0, a readable table with the warning and its cell', async () => {
    const r = await cli('check', files.seed);
    expect(r.status).toBe(0);
    expect(r.out).toContain('BHXH tỉnh Sóc Trăng');
    expect(r.out).toMatch(/CẢNH BÁO \(1\)\n\s+D\d+\s+1\.5\.1/);
    expect(r.err).toBe('');
  });

  test('errors found: exit 1, grouped by severity, in English on request', async () => {
    const r = await cli('check', files.planted, '--lang', 'en');
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/ERRORS \(2\)/);
    expect(r.out).toContain('a count cannot be negative');
  });

  test('--json follows the contract: an array, one report per file', async () => {
    const r = await cli('check', files.seed, files.empty253, '--json');
    expect(r.status).toBe(0);
    const reports = JSON.parse(r.out) as Report[];
    expect(reports).toHaveLength(2);
    const [seed, empty] = reports;
    expect(seed).toMatchObject({
      file: files.seed,
      recognized: true,
      layout: {
        kind: 'statistics-appendix',
        sheet: 'Phụ lục 2',
        columns: { code: 'A', label: 'B', unit: 'C', value: 'D', note: 'E' },
        year: 2021,
      },
    });
    expect(seed.indicators.find((i) => i.code === '2.5.3')).toMatchObject({ raw: '99,10', value: 99.1, kind: 'percent' });
    for (const key of ['findings', 'derived', 'criteria']) expect(seed).toHaveProperty(key);
    expect(seed.findings[0]).toMatchObject({ rule: 'implied.missing', severity: 'warning', code: '1.5.1', sheet: 'Phụ lục 2' });
    expect(empty.derived).toEqual([expect.objectContaining({ code: '2.5.3', value: 99.1, formula: expect.stringContaining('168274') })]);
    // The score keeps "unscored" and adds the points of those criteria (the default tree: 15 scored + 18 = 33).
    expect(seed.score).toMatchObject({ possible: 15, unscored: 9, unscoredPoints: 18 });
  });

  test('the score line says the points are those scored so far, and what is not scored yet', async () => {
    const r = await cli('check', files.seed);
    expect(r.out).toMatch(
      /\n {2}Điểm [\d,]+\/15 điểm đã chấm \([\d,]+% số điểm đã chấm\) · A [\d,]+\/15 · 9 tiêu chí chưa chấm \(18 điểm\)\n/,
    );
    const en = await cli('check', files.seed, '--lang', 'en');
    expect(en.out).toMatch(
      /\n {2}Score [\d.]+\/15 points scored \([\d.]+% of the points scored\) · A [\d.]+\/15 · 9 criteria not scored yet \(18 points\)\n/,
    );
  });

  test('no appendix and not a workbook: exit 2, one line each on stderr, the other files still checked', async () => {
    const r = await cli('check', files.other, files.notWorkbook, files.seed, join(dir, 'missing.xlsx'), '--json');
    expect(r.status).toBe(2);
    const lines = r.err.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/khac\.xlsx: Không tìm thấy bảng/);
    expect(lines[1]).toMatch(/ghi-chu\.xlsx: Tệp không phải là sổ tính Excel/);
    expect(lines[2]).toMatch(/missing\.xlsx: Không tìm thấy tệp\./);
    const reports = JSON.parse(r.out) as Report[];
    expect(reports.map((x) => x.recognized)).toEqual([false, false, true, false]);
    expect(reports.map((x) => x.code)).toEqual(['no-table', 'unreadable', undefined, 'unreadable']);
  });

  test('usage mistakes: exit 2 with the usage', async () => {
    expect((await cli('check')).status).toBe(2);
    expect((await cli('kiemtra', files.seed)).status).toBe(2);
    expect((await cli('check', files.seed, '--lang', 'fr')).status).toBe(2);
    expect((await cli('--help')).status).toBe(0);
  });
});

describe('the installed command', () => {
  const bin = join(__dirname, '..', '..', 'dist', 'src', 'cli', 'main.js');
  test('runs as a process, with exit codes and no stack trace', () => {
    const ok = spawnSync(process.execPath, [bin, 'check', files.seed, '--json'], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout)[0].recognized).toBe(true);
    const bad = spawnSync(process.execPath, [bin, 'check', files.notWorkbook], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  test('reports sent to a file are the same bytes as through a pipe (written straight from the string there), with the same exit code', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-out-'));
    for (const args of [['--json'], [], ['--json', '--lang', 'en']]) {
      const argv = [bin, 'check', files.seed, files.notWorkbook, files.seed, ...args];
      const piped = spawnSync(process.execPath, argv, { encoding: 'utf8' });
      const path = join(dir, 'report.out');
      const fd = openSync(path, 'w');
      const filed = spawnSync(process.execPath, argv, { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
      closeSync(fd);
      expect(filed.status).toBe(piped.status);
      expect(filed.stderr).toBe(piped.stderr);
      expect(readFileSync(path, 'utf8')).toBe(piped.stdout);
      expect(piped.stdout.length).toBeGreaterThan(1000);
    }
  });

  test('a file too large, a device and a folder are refused before anything is read; a reader that leaves early ends it quietly', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-input-'));
    const huge = join(dir, 'huge.xlsx');
    writeFileSync(huge, '');
    truncateSync(huge, 500 * 1024 * 1024); // sparse: no disk used
    const r = spawnSync(process.execPath, [bin, 'check', huge, dir, ...(existsSync('/dev/zero') ? ['/dev/zero'] : []), files.seed], {
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(r.status).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(existsSync('/dev/zero') ? 3 : 2);
    expect(lines[0]).toContain('huge.xlsx');
    expect(r.stdout).toContain(files.seed);
    // The reader takes one line and goes away: the command stops without a stack trace.
    const many = Array.from({ length: 40 }, () => files.seed);
    const head = spawnSync(
      'sh',
      ['-c', `"${process.execPath}" "${bin}" check --json ${many.map((f) => `"${f}"`).join(' ')} | head -c 10`],
      {
        encoding: 'utf8',
      },
    );
    expect(head.stdout).toHaveLength(10);
    expect(head.stderr).toBe('');
  });

  test('npx cchc works in the checkout', () => {
    const out = execFileSync('npx', ['--no-install', 'cchc', 'check', files.seed, '--lang', 'en'], {
      encoding: 'utf8',
      cwd: join(__dirname, '..', '..'),
    });
    expect(out).toContain('indicators recognized');
  });
});
