/**
 * The commands that write a new workbook (`fix`, `rubric`), one flow: the output checked against the
 * input (never the input itself, through a link either; never an existing file without --force),
 * the input opened once, the actions run through the action layer, the result saved through the
 * one verified save, written whole, and checked again. A step that stops says why, coded, and
 * nothing is written.
 */
import type { CheckOptions, CliMessage, Lang, Note } from '../core';
import { WorkbookError, cliMessage, noteMessage } from '../core';
import type { Outcome } from '../app/actions';
import { reportOfPort } from '../app/report';
import { save } from '../app/save';
import type { PackagePort } from '../xlsx/package-port';
import { createPackagePort } from '../xlsx/package-port';
import { CliIO, ioMessage } from './io';
import { checkOutput, writeWhole } from './output';

/** Why a writing command stopped before writing: a coded note or a CLI line, about `path` when given. */
export class WriteStop extends Error {
  constructor(
    readonly why: { note: Note } | { cli: CliMessage } | { io: unknown } | { text: { vi: string; en: string } },
    readonly path?: string,
  ) {
    super('stopped');
  }
  line(lang: Lang): string {
    const w = this.why;
    const text =
      'note' in w ? noteMessage(w.note, lang) : 'cli' in w ? cliMessage(w.cli, lang) : 'io' in w ? ioMessage(w.io)[lang] : w.text[lang];
    return this.path ? `${this.path}: ${text}` : text;
  }
}

/** An action's outcome, or a stop when it refused or failed (a table not recognized says why in full). */
export function mustDo(o: Outcome, input: string): Outcome {
  if (o.status === 'done') return o;
  if (o.report && !o.report.recognized && o.report.reasons) throw new WriteStop({ text: o.report.reasons }, input);
  throw new WriteStop({ note: o.notes.find((n) => n.code === 'failed' || n.code === 'refused') ?? o.notes[0] }, input);
}

export interface WriteArgs {
  input: string;
  output: string;
  force: boolean;
  lang: Lang;
  check: CheckOptions;
  /** Exit 1 when the written workbook still holds errors (`fix`); `rubric` only adds a sheet. */
  errorsExit: boolean;
}

/**
 * Runs `steps` on the input's package and writes the output. Prints the notes the steps return,
 * then "wrote OUT: N errors remain"; exit 1 when errors remain, 2 when stopped (nothing written).
 */
export async function runWrite(a: WriteArgs, io: CliIO, steps: (port: PackagePort) => Promise<Note[]>): Promise<number> {
  try {
    try {
      await checkOutput(a.input, a.output, a.force);
    } catch (e) {
      throw new WriteStop({ io: e }, a.output);
    }
    let bytes: Uint8Array;
    let port: PackagePort;
    try {
      bytes = await io.readFile(a.input);
      port = createPackagePort(bytes);
    } catch (e) {
      throw new WriteStop({ io: e }, a.input);
    }
    const notes = await steps(port);
    const saved = save(port, bytes);
    if (saved.status !== 'done') throw new WriteStop({ note: saved.notes[0] }, a.output);
    try {
      await writeWhole(a.output, saved.bytes);
    } catch (e) {
      throw new WriteStop({ io: e }, a.output);
    }
    const final = await reportOfPort(port, a.check);
    notes.push({ code: 'wrote', output: a.output, errors: final.summary.error });
    io.out(notes.map((n) => noteMessage(n, a.lang)).join('\n'));
    return a.errorsExit && final.summary.error > 0 ? 1 : 0;
  } catch (e) {
    if (e instanceof WriteStop) io.err(`cchc: ${e.line(a.lang)}`);
    else if (e instanceof WorkbookError) io.err(`cchc: ${a.input}: ${noteMessage({ code: 'failed', problem: e.problem }, a.lang)}`);
    else io.err(`cchc: ${cliMessage({ code: 'unexpected', detail: String((e as Error)?.message ?? e) }, a.lang)}`);
    return 2;
  }
}
