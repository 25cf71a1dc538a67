#!/usr/bin/env node
/** `cchc check FILE... [--json] [--lang vi|en] [--catalogue F.json] [--target N]` — checks every known table of each workbook. */
import { readFile, writeFile } from 'fs/promises';
import { basename } from 'path';
import { Catalogue, CheckOptions, check, Lang, loadCatalogue, Report, text, texts, unreadableReport } from '../core';
import type { UsageProblem } from '../core';
import { readSnapshot } from '../xlsx';
import { CliIO, ioCode, ioMessage } from './io';
import { renderText } from './text';

/** Both languages, since the language option may not have been read yet. */
const USAGE = `${text({ code: 'cli.usage' }, 'vi')}\n\n${text({ code: 'cli.usage' }, 'en')}`;

class UsageError extends Error {
  constructor(readonly problem: UsageProblem) {
    super(problem.code);
  }
}

interface Args {
  command: 'check' | 'fix';
  files: string[];
  json: boolean;
  lang: Lang;
  output: string | null;
  rubric: string | null;
  catalogue: string | null;
  target: number | null;
  highlight: boolean;
  force: boolean;
}

function parseArgs(argv: string[]): Args | 'help' {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) return 'help';
  const [command, ...rest] = argv;
  if (command !== 'check' && command !== 'fix') throw new UsageError({ code: 'usage.unknown-command', command });
  const args: Args = {
    command,
    files: [],
    json: false,
    lang: 'vi',
    output: null,
    rubric: null,
    catalogue: null,
    target: null,
    highlight: true,
    force: false,
  };
  const value = (i: number, name: string) => {
    const v = rest[i];
    if (v === undefined || v.startsWith('--')) throw new UsageError({ code: 'usage.needs-value', option: name });
    return v;
  };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--json' && command === 'check') args.json = true;
    else if ((a === '-o' || a === '--output') && command === 'fix') args.output = value(++i, a);
    else if (a === '--rubric' && command === 'fix') args.rubric = value(++i, a);
    else if (a === '--catalogue' && command === 'check') args.catalogue = value(++i, a);
    else if (a === '--target' && command === 'check') {
      const v = value(++i, a);
      const n = Number(v.replace('%', '').replace(',', '.'));
      if (!/^\d+([.,]\d+)?%?$/.test(v) || n > 100) throw new UsageError({ code: 'usage.bad-target', value: v });
      args.target = n;
    } else if (a === '--no-highlight' && command === 'fix') args.highlight = false;
    else if (a === '--force' && command === 'fix') args.force = true;
    else if (a === '--lang' || a.startsWith('--lang=')) {
      const v = a.includes('=') ? a.slice(7) : rest[++i];
      if (v !== 'vi' && v !== 'en') throw new UsageError({ code: 'usage.bad-lang' });
      args.lang = v;
    } else if (a.startsWith('--')) throw new UsageError({ code: 'usage.unknown-option', option: a });
    else args.files.push(a);
  }
  if (args.files.length === 0) throw new UsageError({ code: 'usage.no-file' });
  if (command === 'fix' && (args.files.length !== 1 || !args.output)) throw new UsageError({ code: 'usage.fix-files' });
  return args;
}

/** Checks one file; a file that cannot be read becomes a report with its reason. */
async function checkFile(path: string, opts: CheckOptions, io: CliIO): Promise<Report> {
  const lang = opts.lang ?? 'vi';
  try {
    const snapshot = await readSnapshot(await io.readFile(path));
    return check(snapshot, { ...opts, file: path });
  } catch (e) {
    return unreadableReport(path, ioMessage(e), lang, ioCode(e));
  }
}

/** The catalogue a user passed, checked; a bad one stops the run with a coded reason. */
async function readCatalogue(path: string, io: CliIO): Promise<Catalogue | { problem: string }> {
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(await io.readFile(path)).toString('utf8'));
  } catch (e) {
    const t = e instanceof SyntaxError ? texts({ code: 'file.not-json' }) : ioMessage(e);
    return { problem: `${path}: ${t.vi} / ${t.en}` };
  }
  try {
    return loadCatalogue(raw);
  } catch (e) {
    const issue = (e as { issues?: { path: (string | number)[]; message: string }[] }).issues?.[0];
    const t = texts({ code: 'file.catalogue-invalid', detail: issue ? `${issue.path.join('.')}: ${issue.message}` : String(e) });
    return { problem: `${path}: ${t.vi} / ${t.en}` };
  }
}

/** Runs the CLI and returns the exit status: 0 clean, 1 errors found, 2 a file failed or a usage mistake. */
export async function run(argv: string[], io: CliIO): Promise<number> {
  let args: Args | 'help';
  try {
    args = parseArgs(argv);
  } catch (e) {
    const t = e instanceof UsageError ? texts(e.problem) : texts({ code: 'cli.unexpected', detail: String(e) });
    io.err(`cchc: ${t.vi} / ${t.en}\n${USAGE}`);
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
  const opts: CheckOptions = { lang: args.lang, ...(args.target !== null ? { satisfactionTarget: args.target } : {}) };
  if (args.catalogue) {
    const cat = await readCatalogue(args.catalogue, io);
    if ('problem' in cat) {
      io.err(`cchc: ${cat.problem}`);
      return 2;
    }
    opts.catalogue = cat;
  }
  for (const file of args.files) {
    const report = await checkFile(file, opts, io);
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
      const t = texts({ code: 'cli.unexpected', detail: String((e as Error)?.message ?? e) });
      process.stderr.write(`cchc: ${t.vi} / ${t.en}\n`);
      process.exitCode = 2;
    },
  );
}
