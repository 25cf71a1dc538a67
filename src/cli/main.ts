#!/usr/bin/env node
/** `cchc check FILE... [--json] [--lang vi|en] [--catalogue F.json] [--target N] [--previous LAST.xlsx]` — checks every known table of each workbook. */
import { fstatSync, readFileSync, statSync, writeSync } from 'fs';
import { writeFile } from 'fs/promises';
import { basename } from 'path';
import { Catalogue, CliMessage, cliBoth, cliMessage, Lang, Report, noteMessage, unreadableReport } from '../core';
import { reportOf } from '../app/report';
import { readDataFile } from '../app/data-file';
import { LIMITS, tooLarge } from '../xlsx/zip';
import { FILES_PER_COLLECTION, capYoungGeneration, collectGarbage } from './native';
import { CliIO, ioMessage } from './io';
import { renderText } from './text';
import { Takes, USAGE, UsageError, readOptions } from './options';

interface Args {
  command: 'check' | 'fix';
  files: string[];
  json: boolean;
  lang: Lang;
  output: string | null;
  rubric: string | null;
  catalogue: string | null;
  /** The satisfaction target (%), `--target N`. */
  target: number | null;
  /** Last year's workbook, `--previous LAST.xlsx`. */
  previous: string | null;
  highlight: boolean;
  force: boolean;
  unicode: boolean;
}

/** The options of `check` and of `fix`. */
const SPEC: Record<Args['command'], Record<string, Takes>> = {
  check: { '--json': 'flag', '--catalogue': 'value', '--target': 'value', '--previous': 'value' },
  fix: {
    '--output': 'value',
    '--rubric': 'value',
    '--previous': 'value',
    '--no-highlight': 'flag',
    '--force': 'flag',
    '--unicode': 'flag',
  },
};

function parseArgs(argv: string[]): Args | 'help' {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) return 'help';
  const [command, ...rest] = argv;
  if (command !== 'check' && command !== 'fix') throw new UsageError({ code: 'unknown-command', command });
  const o = readOptions(rest, SPEC[command]);
  const targetText = o.value('--target');
  let target: number | null = null;
  if (targetText !== null) {
    target = Number(targetText.replace(/%$/, '').replace(',', '.'));
    if (!/^\d+([.,]\d+)?%?$/.test(targetText) || target > 100) throw new UsageError({ code: 'bad-target', value: targetText });
  }
  const args: Args = {
    command,
    files: o.files,
    json: o.flag('--json'),
    lang: o.lang,
    output: o.value('--output'),
    rubric: o.value('--rubric'),
    catalogue: o.value('--catalogue'),
    target,
    previous: o.value('--previous'),
    highlight: !o.flag('--no-highlight'),
    force: o.flag('--force'),
    unicode: o.flag('--unicode'),
  };
  if (args.files.length === 0) throw new UsageError({ code: 'no-file' });
  if (command === 'fix' && (args.files.length !== 1 || !args.output)) throw new UsageError({ code: 'fix-args' });
  if (args.previous !== null && args.files.length !== 1) throw new UsageError({ code: 'previous-args' });
  // The conversion changes nothing but the legacy text: an option asking for more would be dropped without a word.
  const beyond = args.previous !== null ? '--previous' : args.rubric !== null ? '--rubric' : !args.highlight ? '--no-highlight' : null;
  if (args.unicode && beyond) throw new UsageError({ code: 'unicode-alone', option: beyond });
  return args;
}

/** Checks one file; a file that cannot be read becomes a report with its reason. */
async function checkFile(path: string, lang: Lang, io: CliIO, catalogue: Catalogue | undefined, target: number | null): Promise<Report> {
  const targets = target !== null ? { targets: { 'satisfaction-by-unit': target } } : {};
  return reportOf(() => io.readFile(path), { file: path, lang, catalogue, ...targets }, ioMessage);
}

/**
 * `check FILE --previous LAST`: the compare action on the two workbooks. This year's report (one that
 * could not be read says why, as a batch check does), or the exit status after one line on stderr:
 * last year's file that cannot be read, or cannot be set beside this one.
 */
async function compareWithLastYear(
  file: string,
  previous: string,
  lang: Lang,
  io: CliIO,
  catalogue: Catalogue | undefined,
  target: number | null,
): Promise<Report | number> {
  const { compare } = await import('../app/actions');
  const { createPackagePort } = await import('../xlsx/package-port');
  const open = async (path: string) => createPackagePort(await io.readFile(path));
  let lastPort: Awaited<ReturnType<typeof open>>;
  try {
    lastPort = await open(previous);
  } catch (e) {
    io.err(`cchc: ${basename(previous)}: ${ioMessage(e)[lang]}`);
    return 2;
  }
  let port: Awaited<ReturnType<typeof open>>;
  try {
    port = await open(file);
  } catch (e) {
    return unreadableReport(file, ioMessage(e), lang);
  }
  const targets = target !== null ? { targets: { 'satisfaction-by-unit': target } } : {};
  const o = await compare(port, lastPort, { file, lang, catalogue, ...targets, previousFile: previous, target });
  const note = o.notes[0];
  if (o.status === 'refused' && note?.code === 'refused' && note.refusal.refused === 'previous') {
    const line = cliMessage(
      { code: 'previous-refused', file: basename(file), previous: basename(previous), refusal: note.refusal.why },
      lang,
    );
    io.err(`cchc: ${line}`);
    return 2;
  }
  if (o.status === 'failed' && note?.code === 'failed') {
    const reasons = { vi: noteMessage(note, 'vi'), en: noteMessage(note, 'en') };
    // This year's workbook is read first: with its report, the failure is last year's.
    if (o.report === undefined) return unreadableReport(file, reasons, lang);
    io.err(`cchc: ${basename(previous)}: ${reasons[lang]}`);
    return 2;
  }
  return o.report as Report;
}

/** A catalogue file (`--catalogue F.json`): read, parsed and checked, or why not. */
async function readCatalogue(path: string, io: CliIO): Promise<{ catalogue: Catalogue } | { problem: CliMessage }> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException)?.code;
    return { problem: { code: code === 'ENOENT' ? 'file-not-found' : code === 'EISDIR' ? 'is-folder' : 'unreadable' } };
  }
  const read = await readDataFile('catalogue', path, bytes);
  return read.ok ? { catalogue: read.value } : { problem: read.problem };
}

/** Runs the CLI and returns the exit status: 0 clean, 1 errors found, 2 a file failed or a usage mistake. */
export async function run(argv: string[], io: CliIO): Promise<number> {
  if (argv[0] === 'rubric') return (await import('./rubric')).runRubric(argv.slice(1), io);
  if (argv[0] === 'consolidate') return (await import('./consolidate')).runConsolidate(argv.slice(1), io);
  let args: Args | 'help';
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(e.text);
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
        previous: args.previous,
        unicode: args.unicode,
      },
      io,
    );
  let catalogue: Catalogue | undefined;
  if (args.catalogue) {
    const loaded = await readCatalogue(args.catalogue, io);
    if ('problem' in loaded) {
      const p = loaded.problem;
      const withPath = 'path' in p ? '' : `${args.catalogue}: `;
      io.err(`cchc: ${withPath}${cliMessage(p, args.lang)}`);
      return 2;
    }
    catalogue = loaded.catalogue;
  }
  // With last year's workbook, the one file is checked and compared (the compare action, as the pane
  // does) before anything is printed, so a refusal is one line and no partial output.
  let compared: Report | null = null;
  if (args.previous !== null) {
    const done = await compareWithLastYear(args.files[0], args.previous, args.lang, io, catalogue, args.target);
    if (typeof done === 'number') return done;
    compared = done;
  }
  let status = 0;
  // Each report is written as soon as it is made (memory stays flat with the number of files);
  // with --json the reports still form one JSON array.
  const indent = io.isTTY ? 2 : undefined;
  if (args.json) io.out('[');
  let first = true;
  let done = 0;
  for (const file of args.files) {
    const report = compared ?? (await checkFile(file, args.lang, io, catalogue, args.target));
    if (!report.recognized) {
      io.err(`cchc: ${basename(file)}: ${report.reason}`);
      status = 2;
    } else if (report.summary.error > 0 && status < 1) status = 1;
    if (args.json) io.out(`${first ? '' : ','}${JSON.stringify(report, null, indent)}`);
    // A file that could not be checked is said once, on stderr; the text report lists the checked ones.
    else if (report.recognized) io.out(renderText(report, args.lang) + '\n');
    first = false;
    // Memory stays flat only if a slow reader (a pipe into `less`) holds the next file back.
    await io.drain?.();
    io.settle?.(++done);
  }
  if (args.json) io.out(']');
  return status;
}

/**
 * A file's bytes, refused before anything is read when it is not a regular file (a device such as
 * /dev/zero never ends) or is larger than any workbook the engine would open.
 */
export function readInput(path: string): Uint8Array {
  const st = statSync(path);
  if (st.isDirectory()) throw Object.assign(new Error(path), { code: 'EISDIR' });
  if (!st.isFile()) throw Object.assign(new Error(path), { code: 'ENOTREG' });
  if (st.size > LIMITS.inflated) throw tooLarge('inflated');
  return readFileSync(path);
}

/** Resolves when the stream has room again, or can take nothing more (closed, broken pipe). */
function drained(stream: NodeJS.WriteStream): Promise<void> {
  if (!stream.writableNeedDrain) return Promise.resolve();
  return new Promise((done) => {
    const events = ['drain', 'close', 'error'] as const;
    const end = () => {
      for (const e of events) stream.off(e, end);
      done();
    };
    for (const e of events) stream.on(e, end);
  });
}

/**
 * Whether a descriptor is a file (or /dev/null). There Node's stdout writes synchronously anyway, but
 * turns each report into a Buffer first; the same write straight from the string costs half as much.
 */
function toFile(fd: number): boolean {
  try {
    const st = fstatSync(fd);
    return st.isFile() || (st.isCharacterDevice() && !process.stdout.isTTY);
  } catch {
    return false;
  }
}

if (require.main === module) {
  // A reader that went away (`cchc check *.xlsx | head`): nothing more to say to it, so stop quietly.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(process.exitCode ?? 0);
  });
  const io: CliIO = {
    out: toFile(1) ? (s) => writeSync(1, s + '\n') : (s) => process.stdout.write(s + '\n'),
    drain: () => drained(process.stdout),
    settle: (done) => {
      if (done % FILES_PER_COLLECTION === 0) collectGarbage();
      capYoungGeneration();
    },
    err: (s) => process.stderr.write(s + '\n'),
    // Read synchronously: files are checked one after another, and a thread-pool round trip per file
    // costs more than the read itself.
    readFile: async (p) => readInput(p),
    writeFile: (p, d) => writeFile(p, d),
    isTTY: process.stdout.isTTY,
    ...(process.stderr.isTTY ? { progress: (s: string) => process.stderr.write(`\r\x1b[K${s}`) } : {}),
  };
  run(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      const { vi, en } = cliBoth({ code: 'unexpected', detail: String((e as Error)?.message ?? e) });
      process.stderr.write(`cchc: ${vi} / ${en}\n`);
      process.exitCode = 2;
    },
  );
}
