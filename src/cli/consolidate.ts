/**
 * `cchc consolidate FILE… -o OUT.xlsx [--units LIST] [--json] [--force] [--lang vi|en] [--previous LAST…]`: the
 * province's desk. Reads every file as `cchc check` does (each isolated), writes a new workbook —
 * who has sent what, every unit's appendix figures beside the province's totals, the survey-form
 * tallies, every finding by unit — read back before it is written, never over an input, never over
 * an existing file without --force. With last year's files (`--previous`, every file up to the next
 * option), each office's figures gain their change from last year, and so does the province. Exit 0 all clean, 1 a unit with errors or a cross-file finding,
 * 2 nothing to consolidate, a refused output or a usage mistake.
 */
import { basename } from 'path';
import { CliMessage, Lang, cliMessage, noteMessage } from '../core';
import { combineText, crossMessage } from '../core/messages/combine';
import {
  addedUnits,
  consolidateFiles,
  consolidatedWorkbook,
  consolidationJson,
  consolidationStatus,
  expectedUnits,
  withPreviousYear,
} from '../app/consolidate';
import { CliIO, ioMessage } from './io';
import { UsageError, readOptions } from './options';
import { checkOutput, writeWhole } from './output';

interface Args {
  files: string[];
  output: string;
  units: string | null;
  json: boolean;
  force: boolean;
  lang: Lang;
  /** Last year's files (`--previous LAST…`), or null. */
  previous: string[] | null;
}

function parse(argv: string[]): Args {
  const o = readOptions(argv, { '--output': 'value', '--units': 'value', '--json': 'flag', '--force': 'flag', '--previous': 'values' });
  const output = o.value('--output');
  if (o.files.length === 0 || !output) throw new UsageError({ code: 'consolidate-args' });
  return {
    files: o.files,
    output,
    units: o.value('--units'),
    json: o.flag('--json'),
    force: o.flag('--force'),
    lang: o.lang,
    previous: o.values('--previous'),
  };
}

/** The expected offices of the file `--units` names (read by the action layer: a workbook's first column, or a list). */
async function readUnits(path: string, io: CliIO): Promise<string[]> {
  return expectedUnits(await io.readFile(path));
}

/** A few files' names for a line: the first three, then "…". */
const names = (files: string[]) =>
  files
    .slice(0, 3)
    .map((f) => basename(f))
    .join(', ') + (files.length > 3 ? ', …' : '');

export async function runConsolidate(argv: string[], io: CliIO): Promise<number> {
  let a: Args;
  try {
    a = parse(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(e.text);
    return 2;
  }
  const say = (m: CliMessage) => cliMessage(m, a.lang);
  // The output is checked against every input before anything is read: never an input, never an existing file without --force.
  try {
    for (const f of a.files) await checkOutput(f, a.output, a.force);
    if (a.units) await checkOutput(a.units, a.output, a.force);
    for (const f of a.previous ?? []) await checkOutput(f, a.output, a.force);
  } catch (e) {
    io.err(`cchc: ${a.output}: ${ioMessage(e)[a.lang]}`);
    return 2;
  }
  let expected: string[] = [];
  if (a.units) {
    try {
      expected = await readUnits(a.units, io);
    } catch {
      io.err(`cchc: ${say({ code: 'units-unreadable', path: a.units })}`);
      return 2;
    }
  }
  let c = await consolidateFiles(
    a.files.map((f) => ({ name: f, read: () => io.readFile(f) })),
    {
      lang: a.lang,
      expected,
      describe: ioMessage,
      settle: io.settle,
      ...(io.progress ? { onProgress: (p) => io.progress?.(say({ code: 'consolidate-progress', ...p })) } : {}),
    },
  );
  io.progress?.('');
  if (a.previous) {
    const last = await consolidateFiles(
      a.previous.map((f) => ({ name: f, read: () => io.readFile(f) })),
      { lang: a.lang, describe: ioMessage, settle: io.settle },
    );
    const compared = withPreviousYear(c, last);
    if (!compared.ok) {
      const { ok: _ok, ...refusal } = compared;
      io.err(`cchc: ${say({ code: 'previous-refused', file: names(a.files), previous: names(a.previous), refusal })}`);
      return 2;
    }
    c = compared.consolidation;
  }
  const status = consolidationStatus(c);
  if (a.json) io.out(JSON.stringify(consolidationJson(c, a.lang), null, io.isTTY ? 2 : undefined));
  else {
    for (const u of c.units)
      io.out(
        `${u.office ?? basename(u.file ?? '')}${u.file ? ` (${basename(u.file)})` : ''}: ${combineText({ code: 'status', status: u.status }, a.lang)}`,
      );
    for (const f of c.findings) io.out(crossMessage(f, a.lang));
    // `--json` carries the same in `previous`.
    if (c.previous) io.out(say({ code: 'consolidate-previous', ...c.previous, added: addedUnits(c) }));
  }
  if (status === 2) {
    io.err(`cchc: ${say({ code: 'nothing-to-consolidate' })}`);
    return 2;
  }
  const made = consolidatedWorkbook(c, a.lang);
  if (made.status !== 'done') {
    io.err(
      `cchc: ${a.output}: ${'problem' in made ? noteMessage({ code: 'failed', problem: made.problem }, a.lang) : say({ code: 'verify-created', sheet: made.sheet, cell: made.cell })}`,
    );
    return 2;
  }
  try {
    await writeWhole(a.output, made.bytes);
  } catch (e) {
    io.err(`cchc: ${a.output}: ${ioMessage(e)[a.lang]}`);
    return 2;
  }
  const added = addedUnits(c);
  const line = say({
    code: 'consolidated',
    output: a.output,
    files: c.units.filter((u) => u.file !== null).length,
    added,
    missing: c.units.filter((u) => u.status === 'missing').length,
    cross: c.findings.length,
  });
  // With --json, stdout holds the JSON alone.
  if (a.json) io.err(line);
  else io.out(line);
  return status;
}
