#!/usr/bin/env node
/** `cchc check FILE... [--json] [--lang vi|en]` — checks statistics-appendix workbooks. */
import { readFile, writeFile } from 'fs/promises';
import { basename } from 'path';
import { check, Lang, Report, unreadableReport } from '../core';
import { readSnapshot } from '../xlsx';
import { CliIO, ioMessage } from './io';
import { renderText } from './text';

const USAGE = `Cách dùng / Usage:
  cchc check TỆP.xlsx... [--json] [--lang vi|en]
  cchc fix VÀO.xlsx -o RA.xlsx [--rubric THANG-DIEM.json] [--no-highlight] [--force] [--lang vi|en]
  cchc rubric VÀO.xlsx -o RA.xlsx [--lang vi|en]   thêm/làm mới trang “Thang điểm” / adds or refreshes the scoring sheet

  Kiểm tra Phụ lục 2 (thống kê số liệu CCHC) trong từng tệp.
  Checks the statistics appendix (Phụ lục 2) in each file.
  fix: điền tỷ lệ, đánh dấu, thêm bảng khắc phục, ghi ra tệp mới (không ghi đè tệp gốc).
  fix: fills ratios, highlights, adds the remediation sheet, writes a new file (never over the input).

  --json        một tài liệu JSON: mảng báo cáo, mỗi tệp một báo cáo / one JSON array, a report per file
  --lang vi|en  ngôn ngữ thông báo (mặc định vi) / message language (default vi)

Mã thoát / exit status: 0 không có lỗi / no error · 1 có lỗi / errors found ·
  2 tệp không đọc được, không có phụ lục, hoặc dùng sai lệnh / unreadable file, no appendix, or usage mistake`;

class UsageError extends Error {}

interface Args {
  command: 'check' | 'fix';
  files: string[];
  json: boolean;
  lang: Lang;
  output: string | null;
  rubric: string | null;
  highlight: boolean;
  force: boolean;
}

function parseArgs(argv: string[]): Args | 'help' {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) return 'help';
  const [command, ...rest] = argv;
  if (command !== 'check' && command !== 'fix') throw new UsageError(`lệnh không rõ / unknown command: ${command}`);
  const args: Args = { command, files: [], json: false, lang: 'vi', output: null, rubric: null, highlight: true, force: false };
  const value = (i: number, name: string) => {
    const v = rest[i];
    if (v === undefined || v.startsWith('--')) throw new UsageError(`${name} cần một giá trị / ${name} needs a value`);
    return v;
  };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--json' && command === 'check') args.json = true;
    else if ((a === '-o' || a === '--output') && command === 'fix') args.output = value(++i, a);
    else if (a === '--rubric' && command === 'fix') args.rubric = value(++i, a);
    else if (a === '--no-highlight' && command === 'fix') args.highlight = false;
    else if (a === '--force' && command === 'fix') args.force = true;
    else if (a === '--lang' || a.startsWith('--lang=')) {
      const v = a.includes('=') ? a.slice(7) : rest[++i];
      if (v !== 'vi' && v !== 'en') throw new UsageError(`--lang phải là vi hoặc en / --lang must be vi or en`);
      args.lang = v;
    } else if (a.startsWith('--')) throw new UsageError(`tùy chọn không rõ / unknown option: ${a}`);
    else args.files.push(a);
  }
  if (args.files.length === 0) throw new UsageError('cần ít nhất một tệp / at least one file is needed');
  if (command === 'fix' && (args.files.length !== 1 || !args.output))
    throw new UsageError('fix cần một tệp vào và -o tệp ra / fix needs one input file and -o an output file');
  return args;
}

/** Checks one file; a file that cannot be read becomes a report with its reason. */
async function checkFile(path: string, lang: Lang, io: CliIO): Promise<Report> {
  try {
    const snapshot = await readSnapshot(await io.readFile(path));
    return check(snapshot, { file: path, lang });
  } catch (e) {
    return unreadableReport(path, ioMessage(e), lang);
  }
}

/** Runs the CLI and returns the exit status: 0 clean, 1 errors found, 2 a file failed or a usage mistake. */
export async function run(argv: string[], io: CliIO): Promise<number> {
  if (argv[0] === 'rubric') return (await import('./rubric')).runRubric(argv.slice(1), io);
  let args: Args | 'help';
  try {
    args = parseArgs(argv);
  } catch (e) {
    io.err(`cchc: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args === 'help') {
    io.out(USAGE);
    return 0;
  }
  // Loaded only for `fix`: a batch check does not pay for the writing side.
  if (args.command === 'fix')
    return (await import('./fix')).runFix(
      {
        input: args.files[0],
        output: args.output as string,
        rubric: args.rubric,
        highlight: args.highlight,
        force: args.force,
        lang: args.lang,
      },
      io,
    );
  let status = 0;
  const reports: Report[] = [];
  for (const file of args.files) {
    const report = await checkFile(file, args.lang, io);
    reports.push(report);
    if (!report.recognized) {
      io.err(`cchc: ${basename(file)}: ${report.reason}`);
      status = 2;
    } else if (report.summary.error > 0 && status < 1) status = 1;
    if (!args.json) io.out(renderText(report, args.lang) + '\n');
  }
  // Indented for a person at a terminal, compact for a program reading a pipe.
  if (args.json) io.out(JSON.stringify(reports, null, io.isTTY ? 2 : undefined));
  return status;
}

if (require.main === module) {
  const io: CliIO = {
    out: (s) => process.stdout.write(s + '\n'),
    err: (s) => process.stderr.write(s + '\n'),
    readFile: (p) => readFile(p),
    writeFile: (p, d) => writeFile(p, d),
    isTTY: process.stdout.isTTY,
  };
  run(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`cchc: lỗi không mong đợi / unexpected error: ${(e as Error)?.message ?? e}\n`);
      process.exitCode = 2;
    },
  );
}
