#!/usr/bin/env node
/** `cchc check FILE... [--json] [--lang vi|en]` — checks statistics-appendix workbooks. */
import { readFile } from 'fs/promises';
import { basename } from 'path';
import { check, Lang, Report, unreadableReport } from '../core';
import { UnreadableWorkbookError, readSnapshot } from '../xlsx';
import { renderText } from './text';

const USAGE = `Cách dùng / Usage:
  cchc check TỆP.xlsx... [--json] [--lang vi|en]

  Kiểm tra Phụ lục 2 (thống kê số liệu CCHC) trong từng tệp.
  Checks the statistics appendix (Phụ lục 2) in each file.

  --json        một tài liệu JSON: mảng báo cáo, mỗi tệp một báo cáo / one JSON array, a report per file
  --lang vi|en  ngôn ngữ thông báo (mặc định vi) / message language (default vi)

Mã thoát / exit status: 0 không có lỗi / no error · 1 có lỗi / errors found ·
  2 tệp không đọc được, không có phụ lục, hoặc dùng sai lệnh / unreadable file, no appendix, or usage mistake`;

export interface CliIO {
  out: (s: string) => void;
  err: (s: string) => void;
  readFile: (path: string) => Promise<Uint8Array>;
  isTTY?: boolean;
}

class UsageError extends Error {}

interface Args {
  command: 'check';
  files: string[];
  json: boolean;
  lang: Lang;
}

function parseArgs(argv: string[]): Args | 'help' {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) return 'help';
  const [command, ...rest] = argv;
  if (command !== 'check') throw new UsageError(`lệnh không rõ / unknown command: ${command}`);
  const args: Args = { command, files: [], json: false, lang: 'vi' };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--json') args.json = true;
    else if (a === '--lang' || a.startsWith('--lang=')) {
      const v = a.includes('=') ? a.slice(7) : rest[++i];
      if (v !== 'vi' && v !== 'en') throw new UsageError(`--lang phải là vi hoặc en / --lang must be vi or en`);
      args.lang = v;
    } else if (a.startsWith('--')) throw new UsageError(`tùy chọn không rõ / unknown option: ${a}`);
    else args.files.push(a);
  }
  if (args.files.length === 0) throw new UsageError('cần ít nhất một tệp / at least one file is needed');
  return args;
}

function ioMessage(e: unknown): { vi: string; en: string } {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return { vi: 'không tìm thấy tệp', en: 'file not found' };
  if (code === 'EISDIR')
    return {
      vi: 'đây là thư mục, không phải tệp',
      en: 'this is a folder, not a file',
    };
  if (code === 'EACCES' || code === 'EPERM')
    return {
      vi: 'không có quyền đọc tệp',
      en: 'no permission to read the file',
    };
  if (e instanceof UnreadableWorkbookError) return { vi: e.vi, en: e.en };
  return { vi: 'không đọc được tệp', en: 'the file cannot be read' };
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
