/** `cchc fix IN.xlsx -o OUT.xlsx`: fill ratios, highlight, add the remediation sheet; never writes over IN. */
import { basename } from 'path';
import type { Lang, Note, Report, Rubric } from '../core';
import { fillRatios, check, remediation, toUnicode } from '../app/actions';
import { readDataFile } from '../app/data-file';
import { reportOf } from '../app/report';
import { CliIO, ioMessage } from './io';
import { WriteStop, mustDo, runWrite } from './write';

export interface FixArgs {
  input: string;
  output: string;
  rubric: string | null;
  highlight: boolean;
  force: boolean;
  lang: Lang;
  /** Last year's workbook (`--previous LAST.xlsx`): the remediation plan cites its figures. */
  previous?: string | null;
  /** `--unicode`: only turn the text typed in TCVN3 or VNI into Unicode, changing nothing else. */
  unicode?: boolean;
}

async function loadRubricFile(path: string, io: CliIO): Promise<Rubric> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (e) {
    throw new WriteStop({ io: e }, path);
  }
  const read = await readDataFile('rubric', path, bytes);
  if (!read.ok) throw new WriteStop({ cli: read.problem });
  return read.value;
}

/** Last year's report, or a stop when its file cannot be read (refused later, as check --previous refuses, when it cannot be compared). */
async function previousReport(path: string, lang: Lang, io: CliIO): Promise<Report> {
  const report = await reportOf(() => io.readFile(path), { file: path, lang }, ioMessage);
  if (!report.recognized && report.code === 'unreadable' && report.reasons) throw new WriteStop({ text: report.reasons }, path);
  return report;
}

export async function runFix(a: FixArgs, io: CliIO): Promise<number> {
  const opts = { lang: a.lang, file: a.input } as { lang: Lang; file: string; rubric?: Rubric };
  return runWrite({ input: a.input, output: a.output, force: a.force, lang: a.lang, check: opts, errorsExit: true }, io, async (port) => {
    if (a.rubric) opts.rubric = await loadRubricFile(a.rubric, io);
    if (a.unicode) return mustDo(await toUnicode(port, opts), a.input).notes;
    const previous = a.previous ? await previousReport(a.previous, a.lang, io) : undefined;
    const notes: Note[] = [];
    notes.push(...mustDo(await fillRatios(port, opts), a.input).notes);
    if (a.highlight) {
      const hl = mustDo(await check(port, opts), a.input);
      // A check's refusal to highlight (a protected sheet) stops the fix: nothing is written.
      const refusal = hl.notes.find((n) => n.code === 'refused');
      if (refusal) throw new WriteStop({ note: refusal }, a.input);
      notes.push({ code: 'highlighted', count: hl.written ?? 0 }, ...hl.notes);
    }
    const rem = await remediation(port, { ...opts, replace: a.force, ...(previous ? { previous } : {}) });
    const refusal = rem.status === 'refused' ? rem.notes.find((n) => n.code === 'refused') : undefined;
    // Last year's file that cannot be set beside this one stops the fix, as it stops check --previous: nothing is written.
    if (a.previous && refusal?.code === 'refused' && refusal.refusal.refused === 'previous')
      throw new WriteStop({
        cli: { code: 'previous-refused', file: basename(a.input), previous: basename(a.previous), refusal: refusal.refusal.why },
      });
    if (rem.status === 'ask') {
      const ask = rem.notes[0];
      if (ask.code === 'ask-replace') notes.push({ code: 'remediation-kept', sheet: ask.sheet });
    } else if (rem.status === 'refused') notes.push(...rem.notes);
    else notes.push(...mustDo(rem, a.input).notes);
    return notes;
  });
}
